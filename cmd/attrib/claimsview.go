package main

import (
	"io"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
	"github.com/attrib-go/attrib/internal/render"
)

// writeClaimsHTML writes the claims view of claims, merged from docs, with
// the articles of docs highlighted below it (attrib merge -format html and
// the service's pages).
func writeClaimsHTML(w io.Writer, title string, claims []attrib.Claim, docs []*attrib.Document) error {
	recs := make([]record.Claim, len(claims))
	for i := range claims {
		recs[i] = record.NewClaim(&claims[i])
	}
	arts := make([]render.Article, len(docs))
	for i, d := range docs {
		arts[i] = render.Article{Record: record.New(d), Text: d.Text}
	}
	return render.Claims(w, title, recs, arts)
}
