package attrib

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// fuzzMergeConfig decodes the fuzzed settings of FuzzMerge.
//
//	bits 0-5   language of each document, two bits each: detect, en, nl, fr
//	bits 6-8   whether each document has a publication time
//	bits 9-15  days between the publication times of consecutive documents,
//	           as a signed 7-bit number
//	bit  16    the third document is the first one given again
//	bit  17    the third document is a copy of the first text under its own ID
//	bits 18-25 the Merger's threshold in 1/255ths; 0 is the default
//	bit  26    every document has the same outlet
type fuzzMergeConfig uint32

func (c fuzzMergeConfig) lang(i int) string {
	return [...]string{"", "en", "nl", "fr"}[c>>(2*i)&3]
}

func (c fuzzMergeConfig) published(i int) (time.Time, bool) {
	if c>>(6+i)&1 == 0 {
		return time.Time{}, false
	}
	days := int(int8(uint8(c>>9&0x7f)<<1)) / 2 // sign-extend 7 bits
	base := time.Date(2023, 9, 20, 10, 0, 0, 0, time.UTC)
	return base.AddDate(0, 0, days*i), true
}

func (c fuzzMergeConfig) threshold() float64 { return float64(c>>18&0xff) / 255 }

// fuzzMergeDocs parses the fuzzed texts as FuzzMerge merges them.
func fuzzMergeDocs(t *testing.T, texts [3][]byte, cfg fuzzMergeConfig) []*Document {
	t.Helper()
	ids := [3]string{"a", "b", "c"}
	var docs []*Document
	for i, text := range texts {
		if i == 2 && cfg>>16&1 == 1 {
			docs = append(docs, docs[0])
			continue
		}
		if i == 2 && cfg>>17&1 == 1 {
			text = texts[0]
		}
		opts := []Option{WithID(ids[i]), WithURL("https://example.org/" + ids[i])}
		if l := cfg.lang(i); l != "" {
			opts = append(opts, WithLanguage(l))
		}
		if p, ok := cfg.published(i); ok {
			opts = append(opts, WithPublished(p))
		}
		if cfg>>26&1 == 1 {
			opts = append(opts, WithOutlet("Wire"))
		} else {
			opts = append(opts, WithOutlet(fmt.Sprintf("Outlet %d", i%2)))
		}
		d, err := Parse(text, opts...)
		if err != nil {
			if len(text) <= MaxInput {
				t.Fatalf("Parse(%s): %v", ids[i], err)
			}
			return nil
		}
		docs = append(docs, d)
	}
	return docs
}

// mergeDump renders claims for comparison across input orders: documents
// by ID, statements by ID, scores rounded well above rounding noise.
func mergeDump(claims []Claim) []string {
	var out []string
	for _, c := range claims {
		var b strings.Builder
		fmt.Fprintf(&b, "%s event=%+v speaker=%q lang=%s text=%q docs=%q outlets=%q cues=%q\n",
			c.ID, c.Event, c.Speaker, c.Lang, c.Text, c.Docs, c.Outlets, c.Cues)
		for _, m := range c.Members {
			fmt.Fprintf(&b, "  %s:%s %.6f\n", m.Doc.ID, m.Statement.ID, m.Score)
		}
		out = append(out, b.String())
	}
	return out
}

// checkClaims verifies what Merge promises of its result for docs.
func checkClaims(t *testing.T, docs []*Document, claims []Claim) {
	t.Helper()
	// each statement of each document given is in exactly one claim (a
	// document given twice has its statements counted twice)
	want := map[*Statement]int{}
	pos := map[*Statement]int{} // index in its document
	owner := map[*Statement]*Document{}
	given := map[*Document]int{}
	total := 0
	for _, d := range docs {
		if d == nil {
			continue
		}
		given[d]++
		for i := range d.statements {
			want[&d.statements[i]]++
			pos[&d.statements[i]] = i
			owner[&d.statements[i]] = d
			total++
		}
	}
	if total == 0 {
		if claims != nil {
			t.Fatalf("%d claims without statements", len(claims))
		}
		return
	}
	got := map[*Statement]int{}
	members := 0
	inDoc := func(d *Document, sp Span) bool {
		return 0 <= sp.Start && sp.Start < sp.End && sp.End <= len(d.Text)
	}
	maxLen := 0
	for _, d := range docs {
		if d != nil {
			maxLen = max(maxLen, len(d.Text))
		}
	}
	rank := func(c Claim) int {
		switch {
		case c.Event.HasDate():
			return 0
		case c.Event.ID != "":
			return 1
		}
		return 2
	}
	ids := map[string]bool{}
	for ci, c := range claims {
		if base, _, _ := strings.Cut(c.ID, "-"); base != claimID(&c) || ids[c.ID] {
			t.Fatalf("claim %d has ID %q, want %q (and a suffix where it repeats), unique", ci, c.ID, claimID(&c))
		}
		ids[c.ID] = true
		if len(c.Members) == 0 {
			t.Fatalf("%s has no members", c.ID)
		}
		if ci > 0 {
			p := claims[ci-1]
			rp, rc := rank(p), rank(c)
			if rp > rc || rp == rc && rc == 0 && c.Event.Date.Before(p.Event.Date) {
				t.Fatalf("%s (event %q) sorted after %s (event %q)", c.ID, c.Event.ID, p.ID, p.Event.ID)
			}
		}
		if ev := c.Event; ev.ID == "" {
			if !reflect.DeepEqual(ev, Event{}) {
				t.Fatalf("%s: event without ID: %+v", c.ID, ev)
			}
		} else {
			if ev.HasDate() && !strings.HasSuffix(ev.ID, ev.Date.Format("2006-01-02")) && !strings.Contains(ev.ID, ev.Date.Format("2006-01-02")+"-") {
				t.Fatalf("%s: event %q dated %v", c.ID, ev.ID, ev.Date)
			}
			for _, sp := range []Span{ev.Mention, ev.DateMention} {
				if !sp.IsZero() && (sp.Start < 0 || sp.Start >= sp.End || sp.End > maxLen) {
					t.Fatalf("%s: event span %v outside every document", c.ID, sp)
				}
			}
		}
		repFound, textFound := false, false
		spk := ""
		names := map[string]bool{}
		var docIDs, outlets []string
		seenDoc, seenOutlet := map[string]bool{}, map[string]bool{}
		cueSet := map[string]bool{}
		for mi, m := range c.Members {
			d, st := m.Doc, m.Statement
			if given[d] == 0 {
				t.Fatalf("%s: member %d from a document not given", c.ID, mi)
			}
			if st == nil || want[st] == 0 {
				t.Fatalf("%s: member %d is not a statement of the documents given", c.ID, mi)
			}
			if owner[st] != d {
				t.Fatalf("%s: member %s is not a statement of document %s", c.ID, st.ID, d.ID)
			}
			got[st]++
			members++
			if math.IsNaN(m.Score) || m.Score < 0 || m.Score > 1 {
				t.Fatalf("%s: member %s:%s has score %v", c.ID, d.ID, st.ID, m.Score)
			}
			if m.Score == 1 {
				repFound = true
			}
			if st.Content.Text == c.Text && d.Lang == c.Lang {
				textFound = true
			}
			// provenance: every span of the member is inside its document
			for _, sp := range st.Content.Spans {
				if !inDoc(d, sp) {
					t.Fatalf("%s: %s:%s content span %v outside %d bytes", c.ID, d.ID, st.ID, sp, len(d.Text))
				}
			}
			for what, sp := range map[string]Span{"cue": st.Cue.Span, "speaker": st.Speaker.Mention} {
				if !sp.IsZero() && !inDoc(d, sp) {
					t.Fatalf("%s: %s:%s %s span %v outside %d bytes", c.ID, d.ID, st.ID, what, sp, len(d.Text))
				}
			}
			for _, v := range st.Source.Via {
				if !v.Span.IsZero() && !inDoc(d, v.Span) {
					t.Fatalf("%s: %s:%s via span %v outside %d bytes", c.ID, d.ID, st.ID, v.Span, len(d.Text))
				}
			}
			// members are by document in the order of their IDs, then by
			// position (a document given twice comes twice)
			if mi > 0 {
				p := c.Members[mi-1]
				if p.Doc.ID > d.ID || p.Doc == d && given[d] == 1 && pos[p.Statement] >= pos[st] {
					t.Fatalf("%s: member %s:%s after %s:%s", c.ID, d.ID, st.ID, p.Doc.ID, p.Statement.ID)
				}
			}
			// statements are only compared with the same speaker
			k := speakerKey(st.Speaker, d.Lang)
			if len(c.Members) > 1 {
				if k == "" {
					t.Fatalf("%s: member %s:%s without a speaker in a claim of %d", c.ID, d.ID, st.ID, len(c.Members))
				}
				if mi > 0 && k != spk {
					t.Fatalf("%s: speakers %q and %q in one claim", c.ID, spk, k)
				}
			}
			spk = k
			if st.Speaker.Name != "" {
				names[st.Speaker.Name] = true
			}
			if !seenDoc[d.ID] {
				seenDoc[d.ID] = true
				docIDs = append(docIDs, d.ID)
			}
			if d.Outlet != "" && !seenOutlet[d.Outlet] {
				seenOutlet[d.Outlet] = true
				outlets = append(outlets, d.Outlet)
			}
			if cue := strings.ToLower(strings.TrimSpace(st.Cue.Text)); cue != "" {
				cueSet[cue] = true
			}
		}
		if !repFound {
			t.Fatalf("%s: no member has score 1", c.ID)
		}
		if !textFound {
			t.Fatalf("%s: text %q (%s) is no member's content", c.ID, c.Text, c.Lang)
		}
		if c.Speaker == "" && len(names) > 0 || c.Speaker != "" && !names[c.Speaker] {
			t.Fatalf("%s: speaker %q is no member's (%v)", c.ID, c.Speaker, names)
		}
		if !reflect.DeepEqual(c.Docs, append([]string{}, docIDs...)) || !reflect.DeepEqual(c.Outlets, append([]string{}, outlets...)) {
			t.Fatalf("%s: docs %q, outlets %q; members give %q, %q", c.ID, c.Docs, c.Outlets, docIDs, outlets)
		}
		if len(c.Cues) != len(cueSet) {
			t.Fatalf("%s: cues %q, members give %v", c.ID, c.Cues, cueSet)
		}
		for _, cue := range c.Cues {
			if !cueSet[cue] {
				t.Fatalf("%s: cue %q is no member's", c.ID, cue)
			}
		}
	}
	if members != total {
		t.Fatalf("%d members in %d claims for %d statements", members, len(claims), total)
	}
	for st, n := range want {
		if got[st] != n {
			t.Fatalf("statement %s in %d claims, want %d", st.ID, got[st], n)
		}
	}
}

func FuzzMerge(f *testing.F) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	var seeds [][]byte
	for _, fn := range files {
		if b, err := os.ReadFile(fn); err == nil {
			seeds = append(seeds, b)
		}
	}
	const (
		allEN      = 1 | 1<<2 | 1<<4
		allPub     = 1<<6 | 1<<7 | 1<<8
		sameDay    = 0
		weekApart  = 7 << 9
		monthApart = 30 << 9
		again      = 1 << 16
		copyA      = 1 << 17
		wire       = 1 << 26
	)
	cfgs := []uint32{0, allPub, allEN | allPub | weekApart, allPub | monthApart | wire, allPub | copyA, again, 200 << 18, 2 | 2<<2 | allPub}
	for i := range seeds {
		a, b, c := seeds[i], seeds[(i+1)%len(seeds)], seeds[(i+2)%len(seeds)]
		f.Add(a, b, c, cfgs[i%len(cfgs)])
		f.Add(a, b, []byte{}, cfgs[(i+3)%len(cfgs)])
		f.Add(a, a, c, cfgs[(i+5)%len(cfgs)])
	}
	f.Add([]byte(""), []byte(""), []byte(""), uint32(0))
	f.Add([]byte("Aliyev said the operation would end."), []byte("“The operation will end,” Aliyev said."),
		[]byte("Aliyev zei dat de operatie zou stoppen."), uint32(allPub|sameDay))
	f.Add([]byte("He said: “"), []byte("\xff\xfe said said"), []byte("according to"), uint32(copyA|wire))
	f.Fuzz(func(t *testing.T, a, b, c []byte, cfg uint32) {
		docs := fuzzMergeDocs(t, [3][]byte{a, b, c}, fuzzMergeConfig(cfg))
		if docs == nil {
			return
		}
		th := fuzzMergeConfig(cfg).threshold()
		merge := func(ds ...*Document) []Claim {
			m := NewMerger()
			m.Threshold = th
			m.Add(ds...)
			return m.Claims()
		}
		claims := merge(docs...)
		checkClaims(t, docs, claims)
		checkClaimDates(t, claims)

		// deterministic: the same documents again, and the same texts
		// parsed again
		if again := merge(docs...); !reflect.DeepEqual(claims, again) {
			t.Fatalf("Merge is not deterministic:\n%s\nthen\n%s", mergeDump(claims), mergeDump(again))
		}
		want := mergeDump(claims)
		if docs2 := fuzzMergeDocs(t, [3][]byte{a, b, c}, fuzzMergeConfig(cfg)); docs2 != nil {
			if got := mergeDump(merge(docs2...)); !reflect.DeepEqual(want, got) {
				t.Fatalf("Merge of the same texts parsed again differs:\n%s\nthen\n%s", want, got)
			}
		}
		if th == 0 && !reflect.DeepEqual(mergeDump(Merge(docs...)), want) {
			t.Fatal("Merge and Merger differ")
		}
		// workers given the plan and the documents of their blocks
		if got, wantJSON := plannedJSON(t, docs, th, 2), claimsJSON(t, claims); !bytes.Equal(got, wantJSON) {
			t.Fatalf("the claims of workers given the plan differ:\n%s\nthen\n%s", wantJSON, got)
		}

		// independent of the order of the documents (their IDs differ),
		// and the same when they are added one at a time
		rev := []*Document{docs[2], docs[1], docs[0]}
		if got := mergeDump(merge(rev...)); !reflect.DeepEqual(want, got) {
			t.Fatalf("Merge depends on the order of documents:\n%s\nreversed:\n%s", want, got)
		}
		m := NewMerger()
		m.Threshold = th
		for _, d := range []*Document{docs[1], docs[2], docs[0]} {
			m.Add(d)
		}
		if got := mergeDump(m.Claims()); !reflect.DeepEqual(want, got) {
			t.Fatalf("Merger fed one document at a time differs:\n%s\nrotated:\n%s", want, got)
		}
	})
}
