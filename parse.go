// Parse: the entry point. It runs the stages in order on one document: the
// normalized view and its boilerplate, language identification, the
// attribution rules and the learned taggers, statement building, then
// events. Each stage reads what the stages before it produced and none
// changes it.

package attrib

import (
	"errors"
	"fmt"
	"strings"

	"github.com/attrib-go/attrib/internal/langid"
)

// MaxInput is the largest input Parse accepts, in bytes.
const MaxInput = 256 << 20

// ErrTooLarge is returned by Parse for inputs over MaxInput bytes.
var ErrTooLarge = errors.New("attrib: input larger than MaxInput")

// supported are the languages extraction covers.
var supported = map[string]bool{"en": true, "nl": true, "fr": true, "de": true, "es": true, "ru": true, "tr": true}

// Parse reads one article and extracts its statements.
//
// text is not modified and is kept in Document.Text; every span of the
// result indexes it. Parse never panics: invalid UTF-8, binary noise and
// unbalanced quotation marks give a best-effort result. A document in a
// language other than English, Dutch, French, German, Spanish, Russian or
// Turkish comes back with its language and no statements, and its
// Supported method reports false; a language given with WithLanguage is
// normalized first (see NormalizeLanguage).
func Parse(text []byte, opts ...Option) (doc *Document, err error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if len(text) > MaxInput {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, len(text))
	}
	d := &Document{ID: cfg.id, Outlet: cfg.outlet, URL: cfg.url, Published: cfg.published, Lang: cfg.lang, Text: text}
	defer func() {
		if r := recover(); r != nil {
			// a defect in an extraction rule must not take the caller down:
			// return the document without statements and say why
			doc, err = &Document{ID: d.ID, Outlet: d.Outlet, URL: d.URL, Published: d.Published, Lang: d.Lang, Text: text},
				fmt.Errorf("attrib: internal error on document %q: %v", d.ID, r)
		}
	}()
	sc := scratchPool.Get().(*scratch)
	t := newText(text, sc)
	defer sc.release(t)
	t.markBoilerplate(d)
	if d.Lang != "" {
		d.Lang = optionLanguage(d.Lang)
	}
	if d.Lang == "" {
		d.Lang = langid.DetectString(bodyText(t))
	}
	if !supported[d.Lang] {
		return d, nil
	}
	if !cfg.rulesOnly && d.Lang == "en" {
		t.parseSyntax()
	}
	x := newExtractor(t, d.Lang)
	x.learned = !cfg.rulesOnly
	x.run()
	d.statements = keepConfident(build(t, d, x.cands), cfg.minConfidence)
	detectEventsIn(d, t)
	return d, nil
}

func bodyText(t *text) string {
	var b strings.Builder
	b.Grow(min(len(t.norm)+1, 20<<10))
	for _, l := range t.lines {
		if !l.boiler {
			b.WriteString(t.norm[l.S:l.E])
			b.WriteByte('\n')
		}
		if b.Len() > 16<<10 {
			break
		}
	}
	return b.String()
}
