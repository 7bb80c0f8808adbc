package model

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestAnalysis2(t *testing.T) {
	if os.Getenv("ANALYSIS") == "" {
		t.Skip()
	}
	w, _ := os.ReadFile(os.Getenv("ANALYSIS"))
	m, _ := Load(w)
	dev, _, _ := LoadDir("/work/shared/corpora/polnear/dev")
	var dec decoder
	n := 0
	kinds := map[string]int{}
	for _, d := range dev {
		c := newDocCtx(d.Toks, d.Sents, m.lex, m.tags)
		for _, a := range d.gold {
			if len(a.cue) == 0 {
				continue
			}
			cues := []cueSpan{{s: a.cue[0].s, e: a.cue[len(a.cue)-1].e}}
			at := m.linkCues(c, cues, &dec)
			txt := func(sp []tspan) string {
				var b []string
				for _, s := range sp {
					b = append(b, d.Norm[d.Toks[s.s].S:d.Toks[s.e-1].E])
				}
				return strings.Join(b, " ¦ ")
			}
			ptxt := ""
			var ps []tspan
			if len(at) > 0 {
				for _, s := range at[0].Content {
					var ts tspan
					for k, tk := range d.Toks {
						if tk.S == s.S {
							ts.s = k
						}
						if tk.E == s.E {
							ts.e = k + 1
						}
					}
					ps = append(ps, ts)
				}
				ptxt = txt(ps)
			}
			g := txt(a.con)
			if g == ptxt {
				continue
			}
			// classify
			k := "other"
			switch {
			case len(ps) == 0:
				k = "none"
			case len(ps) > 0 && ps[0].s != a.con[0].s && ps[len(ps)-1].e == a.con[len(a.con)-1].e:
				k = "start"
			case len(ps) > 0 && ps[0].s == a.con[0].s && ps[len(ps)-1].e != a.con[len(a.con)-1].e:
				k = "end"
			case len(ps) != len(a.con):
				k = "nfrag"
			}
			kinds[k]++
			if n < 40 && os.Getenv("SHOW") == k {
				n++
				fmt.Printf("CUE %q\n  G: %q\n  P: %q\n", txt(a.cue), g, ptxt)
			}
		}
	}
	fmt.Println(kinds)
}
