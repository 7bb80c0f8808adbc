package textproc

// The library works in three coordinate systems, each with one range type:
//
//   - input bytes: attrib.Span{Start, End}, byte offsets into the exact text
//     the caller gave; the only one the public API shows;
//   - normalized bytes: NormSpan{S, E}, byte offsets into the normalized copy
//     that Normalize returns; a Map takes them back to input bytes;
//   - tokens: TokSpan{I, J}, indices into a document's token slice.
//
// Every range is half-open, [start, end). A range type says its system in
// its name; code that crosses from one system to another does so through a
// named function (Map.Start and Map.End, or a token's NormSpan).
// Gold corpora add a fourth, brat.Span: code points of a BRAT text, for reading gold.

// NormSpan is a half-open range [S, E) of byte offsets into a normalized
// text.
type NormSpan struct{ S, E int }

// TokSpan is a half-open range [I, J) of token indices.
type TokSpan struct{ I, J int }

// Empty reports whether the range holds no token.
func (r TokSpan) Empty() bool { return r.J <= r.I }

// Len returns J-I, the number of tokens in a range that is not empty.
func (r TokSpan) Len() int { return r.J - r.I }

// Overlaps reports whether r and o share a token.
func (r TokSpan) Overlaps(o TokSpan) bool { return r.I < o.J && o.I < r.J }

// Contains reports whether o is a range that is not empty and lies within r.
func (r TokSpan) Contains(o TokSpan) bool { return r.I <= o.I && o.J <= r.J && !o.Empty() }
