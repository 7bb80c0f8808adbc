package model

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/eval"
)

func TestAnalysis(t *testing.T) {
	if os.Getenv("ANALYSIS") == "" {
		t.Skip()
	}
	w, _ := os.ReadFile(os.Getenv("ANALYSIS"))
	m, err := Load(w)
	if err != nil {
		t.Fatal(err)
	}
	dev, gold, _ := LoadDir("/work/shared/corpora/polnear/dev")
	// oracle and gold-cue runs
	orc := map[string][]eval.Statement{}
	gc := map[string][]eval.Statement{}
	missed := map[string]int{}
	fp := map[string]int{}
	bound := map[string]int{}
	var dec decoder
	for _, d := range dev {
		conv := func(sp []tspan) *eval.Role {
			if len(sp) == 0 {
				return nil
			}
			r := &eval.Role{}
			for _, s := range sp {
				r.Spans = append(r.Spans, [2]int{d.Map.Start(d.Toks[s.s].S), d.Map.End(d.Toks[s.e-1].E)})
			}
			return r
		}
		var cues []cueSpan
		for _, a := range d.gold {
			orc[d.Name] = append(orc[d.Name], eval.Statement{Speaker: conv(a.src), Cue: conv(a.cue), Content: conv(a.con)})
			if len(a.cue) > 0 {
				cues = append(cues, cueSpan{s: a.cue[0].s, e: a.cue[len(a.cue)-1].e})
			}
		}
		sort.Slice(cues, func(i, j int) bool { return cues[i].s < cues[j].s })
		c := newDocCtx(d.Toks, d.Sents, m.lex, m.tags)
		attrs := m.linkCues(c, cues, &dec)
		for _, a := range attrs {
			r := func(spans []Span) *eval.Role {
				if len(spans) == 0 {
					return nil
				}
				rr := &eval.Role{}
				for _, s := range spans {
					rr.Spans = append(rr.Spans, [2]int{d.Map.Start(s.S), d.Map.End(s.E)})
				}
				return rr
			}
			gc[d.Name] = append(gc[d.Name], eval.Statement{Speaker: r(a.Source), Cue: r(a.Cue), Content: r(a.Content)})
		}
		pred := m.findCues(c, &dec)
		txt := func(s, e int) string {
			var b []string
			for k := s; k < e; k++ {
				b = append(b, d.Toks[k].Lower)
			}
			return strings.Join(b, " ")
		}
		ps := map[tspan]bool{}
		for _, p := range pred {
			ps[tspan{p.s, p.e}] = true
		}
		gs := map[tspan]bool{}
		for _, g := range cues {
			gs[tspan{g.s, g.e}] = true
		}
		for _, g := range cues {
			if !ps[tspan{g.s, g.e}] {
				ov := false
				for _, p := range pred {
					if p.s < g.e && g.s < p.e {
						ov = true
						bound[txt(g.s, g.e)+" | "+txt(p.s, p.e)]++
					}
				}
				if !ov {
					missed[txt(g.s, g.e)]++
					b := uint64(0)
					for k := g.s; k < g.e; k++ {
						b = max(b, c.info[k].cueB)
					}
					missed[fmt.Sprintf("#bucket %d", b)]++
				}
			}
		}
		for _, p := range pred {
			ov := false
			for _, g := range cues {
				if p.s < g.e && g.s < p.e {
					ov = true
				}
			}
			if !ov {
				fp[txt(p.s, p.e)]++
			}
		}
	}
	show := func(name string, r *eval.Result) {
		r.ByContentKind = nil
		fmt.Println("==", name)
		r.WriteText(os.Stdout)
	}
	show("oracle", eval.Score(gold, orc))
	show("gold cues", eval.Score(gold, gc))
	top := func(name string, m map[string]int) {
		type kv struct {
			k string
			v int
		}
		var l []kv
		tot := 0
		for k, v := range m {
			l = append(l, kv{k, v})
			tot += v
		}
		sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
		fmt.Printf("== %s total %d distinct %d\n", name, tot, len(l))
		for i, x := range l {
			if i > 40 {
				break
			}
			fmt.Printf("%d %q; ", x.v, x.k)
		}
		fmt.Println()
	}
	top("missed cues", missed)
	top("false cues", fp)
	top("boundary", bound)
}
