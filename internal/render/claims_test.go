package render

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/record"
)

func TestClaimsView(t *testing.T) {
	const text = "The mayor said that the bridge would reopen. The mayor said taxes would fall."
	art := func(doc, outlet, lang string) Article {
		a := stmt(t, text, "s1", "The mayor", "Jan <b>Mayor</b>", "said", "that the bridge would reopen")
		b := stmt(t, text, "s2", "", "Jan <b>Mayor</b>", "", "taxes would fall")
		a.Content.Clean, b.Content.Clean = "the bridge would reopen ("+outlet+")", "taxes would fall"
		return Article{Record: &record.Record{Doc: doc, Outlet: outlet, Lang: lang, Statements: []record.Statement{a, b}}, Text: []byte(text)}
	}
	arts := []Article{art("d 1", "Alpha", "en"), art("d2", "", "nl"), art("d3", "Gamma", "en")}
	ev := func(id, date string) *record.ClaimEvent {
		return &record.ClaimEvent{ID: id, Kind: "phone call", Participants: []string{"Jan Mayor", "X"}, Date: date}
	}
	claims := []record.Claim{
		{ID: "c1", Speaker: "Jan <b>Mayor</b>", Event: ev("call-1", "2024-03-01"), Text: "the bridge would reopen",
			Members: []record.ClaimMember{{Doc: "d 1", Statement: "s1", Outlet: "Alpha", Lang: "en", Cue: "said"}, {Doc: "d2", Statement: "s1", Lang: "nl", Cue: "zei"}}},
		{ID: "c2", Speaker: "Jan <b>Mayor</b>", Event: ev("call-1", "2024-03-01"), Text: "taxes would fall",
			Members: []record.ClaimMember{{Doc: "d 1", Statement: "s2", Outlet: "Alpha", Lang: "en"}}},
		{ID: "c3", Speaker: "Someone", Event: ev("call-2", "2024-03-11"), Text: "other",
			Members: []record.ClaimMember{{Doc: "d3", Statement: "s1", Outlet: "Gamma", Lang: "en", Cue: "said"}, {Doc: "gone", Statement: "s9", Cue: "said"}}},
		{ID: "c4", Speaker: "", Text: "no event", Members: []record.ClaimMember{{Doc: "d3", Statement: "s2", Outlet: "Gamma"}}},
	}
	var buf bytes.Buffer
	if err := Claims(&buf, "t", claims, arts); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	if n := strings.Count(page, `<tbody class="claim"`); n != 4 {
		t.Errorf("%d claim rows", n)
	}
	for _, want := range []string{
		`data-speaker="Jan &lt;b&gt;Mayor&lt;/b&gt;"`,
		// a statement's anchor, linked from the claim's wording
		`<li class="stmt" id="st:d_1/s1"`,
		`<a href="#st:d_1/s1">“the bridge would reopen (Alpha)”</a>`,
		`<a href="#st:d2/s1">“the bridge would reopen ()”</a>`,
		// an outlet without a name is its document; the member of an
		// absent document has no link
		`<span class="o">d2</span> [nl] <span class="cuei">zei</span>`,
		`<span class="o">gone</span> <span class="cuei">said</span>: “other”`,
		`<span class="cuei">(quotation)</span>`,
		// c2 was carried by Alpha alone; d2 reported the call
		`<td class="omit">d2</td>`, `Not carried by d2, which reported the event.`,
		// two dated events at the ends of the axis
		`style="left:0.00%"`, `style="left:100.00%"`, `<span>2024-03-01</span><span>2024-03-11</span>`,
		`data-outlets=" 0 1 " data-langs=" en nl "`, `<td class="n">en nl</td>`, `(unknown)`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, "<b>") || strings.Contains(page, "ZgotmplZ") {
		t.Error("unescaped or rejected value in the page")
	}
	if n := len(regexp.MustCompile(`data-omitted="1"`).FindAllString(page, -1)); n != 1 {
		t.Errorf("%d claims marked as left out by some outlet, want 1", n)
	}
	if n := strings.Count(page, "<article "); n != 3 {
		t.Errorf("%d articles", n)
	}
	// The statement anchor escapes what a link cannot hold.
	if got := StatementLink(`a "b"<c>`, "s1"); got != "st:a_%22b%22%3Cc%3E/s1" {
		t.Errorf("StatementLink %q", got)
	}
	buf.Reset()
	if err := Claims(&buf, "empty", nil, nil); err != nil || !strings.Contains(buf.String(), "no claims") || !strings.Contains(buf.String(), "no events") {
		t.Errorf("empty view: %v", err)
	}
}
