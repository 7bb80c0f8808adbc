package record

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/attrib-go/attrib"
)

// Claim is the JSON form of a claim, one line of "attrib merge".
type Claim struct {
	ID       string        `json:"id"`
	Speaker  string        `json:"speaker"`
	Event    *ClaimEvent   `json:"event"`
	Text     string        `json:"text"`
	Lang     string        `json:"lang,omitempty"`
	Members  []ClaimMember `json:"members"`
	Docs     []string      `json:"docs"`
	Outlets  []string      `json:"outlets"`
	Cues     []string      `json:"cues"`
	Coverage int           `json:"coverage"`
}

// ClaimEvent is the merged event of a Claim.
type ClaimEvent struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`
	Participants []string `json:"participants"`
	// Date is YYYY-MM-DD, omitted when unknown.
	Date       string `json:"date,omitempty"`
	DateStated bool   `json:"date_stated"`
}

// ClaimMember is one statement of a Claim.
type ClaimMember struct {
	Doc       string   `json:"doc"`
	Statement string   `json:"statement"`
	Outlet    string   `json:"outlet,omitempty"`
	Lang      string   `json:"lang,omitempty"`
	Speaker   string   `json:"speaker"`
	Cue       string   `json:"cue"`
	Spans     [][2]int `json:"spans"`
	Event     string   `json:"event"`
	Score     float64  `json:"score"`
}

// NewClaim returns the JSON form of c.
func NewClaim(c *attrib.Claim) Claim {
	j := Claim{ID: c.ID, Speaker: c.Speaker, Text: c.Text, Lang: c.Lang,
		Docs: c.Docs, Outlets: c.Outlets, Cues: c.Cues, Coverage: len(c.Docs)}
	if c.Event.ID != "" {
		e := &ClaimEvent{ID: c.Event.ID, Kind: string(c.Event.Kind), Participants: c.Event.Participants, DateStated: c.Event.DateStated}
		if e.Participants == nil {
			e.Participants = []string{}
		}
		if c.Event.HasDate() {
			e.Date = c.Event.Date.Format("2006-01-02")
		}
		j.Event = e
	}
	j.Members = make([]ClaimMember, 0, len(c.Members))
	for _, m := range c.Members {
		d, st := m.Doc, m.Statement
		mj := ClaimMember{Doc: d.ID, Statement: st.ID, Outlet: d.Outlet, Lang: d.Lang,
			Speaker: st.Speaker.Name, Cue: st.Cue.Text, Event: st.Event, Score: roundScore(m.Score), Spans: [][2]int{}}
		for _, sp := range st.Content.Spans {
			mj.Spans = append(mj.Spans, [2]int{sp.Start, sp.End})
		}
		j.Members = append(j.Members, mj)
	}
	return j
}

func roundScore(f float64) float64 { return float64(int(f*1000+0.5)) / 1000 }

// WriteClaims writes claims as JSON Lines, one claim per line, without
// HTML escaping.
func WriteClaims(w io.Writer, claims []attrib.Claim) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i := range claims {
		buf.Reset()
		if err := enc.Encode(NewClaim(&claims[i])); err != nil {
			return err
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return err
		}
	}
	return nil
}
