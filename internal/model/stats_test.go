package model

import (
	"fmt"
	"sort"
	"testing"
)

func TestStats(t *testing.T) {
	docs, _, err := LoadDir("/work/shared/corpora/polnear/train")
	if err != nil {
		t.Fatal(err)
	}
	var n, nocue, multicue, nocon, nosrc, conOutSent, srcOutSent, conMultiSent, ntok int
	cueLen := map[int]int{}
	cueWords := map[string]int{}
	dist := map[[3]int]int{}
	var bef, aft []int
	for _, d := range docs {
		ntok += len(d.Toks)
		for _, a := range d.gold {
			n++
			if len(a.cue) == 0 {
				nocue++
				continue
			}
			if len(a.cue) > 1 {
				multicue++
			}
			cl := 0
			w := ""
			for _, c := range a.cue {
				cl += c.e - c.s
				for k := c.s; k < c.e; k++ {
					w += d.Toks[k].Lower + " "
				}
			}
			cueLen[cl]++
			cueWords[w]++
			cs := d.Toks[a.cue[0].s].Sent
			if len(a.con) == 0 {
				nocon++
			}
			if len(a.src) == 0 {
				nosrc++
			}
			for _, c := range a.con {
				if d.Toks[c.s].Sent != cs || d.Toks[c.e-1].Sent != cs {
					conOutSent++
					break
				}
			}
			if len(a.con) > 0 && d.Toks[a.con[0].s].Sent != d.Toks[a.con[len(a.con)-1].e-1].Sent {
				conMultiSent++
			}
			if len(a.con) > 0 {
				d0 := d.Toks[a.con[0].s].Sent - cs
				d1 := d.Toks[a.con[len(a.con)-1].e-1].Sent - cs
				para := false
				for k := a.con[0].s + 1; k < a.con[len(a.con)-1].e; k++ {
					if d.Toks[k].Para {
						para = true
					}
				}
				lo, hi := a.con[0].s, a.cue[0].s
				if hi < lo {
					lo, hi = hi, lo
				}
				for k := lo + 1; k <= hi; k++ {
					if d.Toks[k].Para {
						para = true
					}
				}
				dist[[3]int{d0, d1, b2i(para)}]++
			}
			if len(a.con) > 0 {
				before := a.cue[0].s - a.con[0].s
				after := a.con[len(a.con)-1].e - a.cue[len(a.cue)-1].e
				for _, c := range a.src {
					if a.cue[0].s-c.s > before {
						before = a.cue[0].s - c.s
					}
					if c.e-a.cue[len(a.cue)-1].e > after {
						after = c.e - a.cue[len(a.cue)-1].e
					}
				}
				bef = append(bef, before)
				aft = append(aft, after)
			}
			for _, c := range a.src {
				if d.Toks[c.s].Sent != cs {
					srcOutSent++
					break
				}
			}
		}
	}
	fmt.Println("attrs", n, "toks", ntok, "nocue", nocue, "multicue", multicue, "nocon", nocon, "nosrc", nosrc, "conOutSent", conOutSent, "conMultiSent", conMultiSent, "srcOutSent", srcOutSent)
	fmt.Println(cueLen)
	k := 0
	for w, c := range cueWords {
		if c > 40 {
			fmt.Printf("%q:%d ", w, c)
			k++
		}
	}
	fmt.Println(len(cueWords))
	sort.Ints(bef)
	sort.Ints(aft)
	for _, q := range []float64{0.9, 0.99, 0.995, 0.999} {
		fmt.Println(q, bef[int(q*float64(len(bef)))], aft[int(q*float64(len(aft)))])
	}
	for k, v := range dist {
		if v > 20 {
			fmt.Println(k, v)
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
