// Datelines: the place, date and agency that open a wire story's first
// paragraph ("HALDEN (Reuters) -"), which no statement's content or
// speaker takes in.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// datelineEnd returns the token after the dateline that opens a paragraph
// at token i ("HALDEN (Reuters) -", "BEDFORD, N.H. (AP) —", "LONDON,
// March 10 (Reuters) -", "Washington (CNN) —", "PARIS —"), or i when there
// is none: a place of at most six words, the first in capitals or the
// place followed by an agency in brackets, then a dash.
func datelineEnd(toks []textproc.Token, i int) int {
	if i >= len(toks) || i > 0 && !toks[i].NL {
		return i
	}
	first := &toks[i]
	caps := first.Class == textproc.Word && len(first.Text) >= 2 && strings.ToUpper(first.Text) == first.Text && first.IsCap()
	if !caps && !(first.Class == textproc.Word && first.IsCap()) {
		return i
	}
	agency := false
	for k := i + 1; k < len(toks) && k <= i+10 && !toks[k].NL; k++ {
		tk := &toks[k]
		switch {
		case tk.Class == textproc.Dash || tk.Text == "-" || tk.Text == "--":
			if (caps || agency) && k+1 < len(toks) && !toks[k+1].NL {
				return k + 1
			}
			return i
		case tk.Text == "(" && !agency:
			// "(Reuters)", "(AP)", "(dpa)": one to three words, then ")"
			j := k + 1
			for j < len(toks) && j <= k+3 && toks[j].Class == textproc.Word {
				j++
			}
			if j == k+1 || j >= len(toks) || toks[j].Text != ")" {
				return i
			}
			agency, k = true, j
			if k+1 < len(toks) && toks[k+1].Text == "." {
				k++ // "MADRID (EFE).-"
			}
		case agency:
			return i
		case tk.Text == "," || tk.Class == textproc.Number || tk.Class == textproc.Word && (tk.IsCap() || caps && (len(tk.Text) <= 4 || monthWord(tk.Lower))):
			// "LONDON, March 10", "SEVILLA, 10 mar", "МОСКВА, 12 марта"
		default:
			return i
		}
	}
	return i
}
