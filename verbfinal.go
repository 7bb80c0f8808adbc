// Turkish verb-final clauses: the speaker opens the clause, the content
// follows it and the reporting verb ends it ("X, C dedi", "X, C-dığını
// söyledi", "X "C" dedi"), or the verb comes before its speaker at the end
// of the sentence ("C, dedi kadın").

package attrib

import (
	"github.com/attrib-go/attrib/internal/lexicon"
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// verbFinal matches a Turkish clause that ends in its reporting verb: the
// speaker before the first comma, the content between it and the verb
// ("X, barışın yakın olduğunu söyledi"; "X, "..." dedi").
func (x *extractor) verbFinal(u, cue textproc.TokSpan) (cand, bool) {
	if c, ok := x.verbInverted(u, cue); ok {
		return c, true
	}
	if trRelative(x.low(cue.J - 1)) {
		return x.verbRelative(u, cue)
	}
	if j := x.trimEnd(u.I, u.J); cue.J < j && !x.isPunct(cue.J, ",") && !trConverb(x.low(cue.J-1)) {
		return cand{}, false // a converb ends its clause: "X, C-dığını belirterek plan sundu"
	}
	if trConverb(x.low(cue.J-1)) && x.cueAfter(cue.J, u.J) {
		return cand{}, false // "X, C1 belirterek C2 söyledi": one statement, of the last verb
	}
	if x.claimed[u.I] {
		// the clause after a source phrase that opens the sentence:
		// "Bakanlığın açıklamasına göre X, C söyledi"
		g := u.I
		for g < cue.I && !(x.low(g) == "göre" && x.claimed[g]) {
			g++
		}
		if g++; g >= cue.I {
			return cand{}, false
		}
		if x.isPunct(g, ",") {
			g++
		}
		u.I = g
	}
	u.I = x.skipLead(u.I, cue.I) // "LANPORT, 4 Mart (AA) - X, C açıkladı": the dateline's comma is not the speaker's
	comma := x.speakerComma(u, cue)
	if comma < 0 {
		return x.verbFinalNoComma(u, cue)
	}
	if comma+1 >= cue.I {
		return cand{}, false
	}
	from := x.skipLead(u.I, comma) // "ANKARA (AA) - Bakan X, C söyledi": not the dateline
	spk := x.trHead(from, x.trStatementPhrase(from, comma))
	for spk.Len() > 1 && trSpeakerAdverbs[x.low(spk.J-1)] {
		spk.J-- // "Kaya ayrıca, C vurguladı"
	}
	if p := x.trTopicIn(spk); p > spk.I {
		spk.J = p // "Müdür Ivo Berg ise rakamı yorumlamaktan kaçındı, ancak C söyledi": the topic, then a clause of its own
	}
	to := cue.I
	if w := x.low(to - 1); (w == "da" || w == "de") && to-1 > comma+2 {
		to-- // "C-dığını da belirtti": the clitic "too" is no part of C
	}
	start := x.skipAdverbials(comma+1, cue.I)
	if trContrasts[x.low(start)] && start+1 < to {
		start++ // "..., ancak C söyledi"
	}
	c := cand{spk: spk, cue: cue, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: start, J: to}}}
	if q, ok := x.qi.at(cue.I - 1); ok && q.end == cue.I && q.open > comma {
		// X, ... "C" dedi: the quotation before the verb
		c.content[0] = textproc.TokSpan{I: q.open, J: q.end}
		c.kind = Direct
	}
	return c, true
}

// verbInverted matches the Turkish order of narration, the verb before
// its speaker at the end of the sentence: "C, dedi kadın", ""C" demiş
// öğretmeni".
func (x *extractor) verbInverted(u, cue textproc.TokSpan) (cand, bool) {
	end := x.trimEnd(u.I, u.J)
	if cue.I <= u.I+1 || cue.J >= end || end-cue.J > 4 || trConverb(x.low(cue.J-1)) || trRelative(x.low(cue.J-1)) {
		return cand{}, false
	}
	for k := cue.J; k < end; k++ {
		if x.tok(k).Class != textproc.Word {
			return cand{}, false
		}
	}
	lead := cue.I - 1
	c := cand{spk: textproc.TokSpan{I: cue.J, J: end}, cue: cue, conf: 0.8, nestedIn: -1, spkFrom: -1, leftward: true}
	switch {
	case x.isPunct(lead, ","):
		c.content = []textproc.TokSpan{{I: x.skipLead(u.I, lead), J: lead}}
	case x.tok(lead).Class == textproc.Quote:
		q, ok := x.qi.at(lead)
		if !ok || q.end != cue.I {
			return cand{}, false
		}
		c.content = []textproc.TokSpan{{I: q.open, J: q.end}}
		c.kind = Direct
	default:
		return cand{}, false
	}
	if c.content[0].Empty() {
		return cand{}, false
	}
	return c, true
}

// skipAdverbials moves the start of a Turkish content past the adverbial
// phrases that open it, each ended by a comma: a locative ("yaptığı
// konuşmada,"), a converb in -arak/-erek or -ken ("operasyonuna
// değinerek,"): "X, toplantıda yaptığı konuşmada, C söyledi".
func (x *extractor) skipAdverbials(i, end int) int {
	// the statement phrase closed by a comma, whatever commas come before
	// it: "X, Y'de düzenlenen Z'nin (SPK), ... yaptığı konuşmada, C söyledi"
	for k := end - 2; k > i+1; k-- {
		if x.isPunct(k, ",") && trLocative(x.low(k-1)) && trParticiple(x.low(k-2)) {
			return k + 1
		}
	}
	for k := i + 1; k+1 < end; k++ {
		if !x.isPunct(k, ",") {
			continue
		}
		w := x.low(k - 1)
		adverbial := false
		for _, suf := range []string{"da", "de", "ta", "te", "arak", "erek", "ken"} {
			adverbial = adverbial || strings.HasSuffix(w, suf) && len(w) > 4
		}
		if !adverbial {
			break
		}
		i = k + 1
	}
	// without a comma: "gazetecilere yaptığı açıklamada C", the
	// statement the speaker made, as a participle and a locative
	for k := i; k+3 < end && k < i+6 && !x.isPunct(k, ","); k++ {
		if trParticiple(x.low(k)) && trLocative(x.low(k+1)) {
			return k + 2
		}
	}
	for k := i + 1; k+2 < end && k < i+6 && !x.isPunct(k, ","); k++ {
		if w := x.low(k); trOccasionConverb(w) || (w == "verirken" || w == "ederken" || w == "vererek" || w == "ederek") && trOccasionConverb(x.low(k-1)+w) {
			return k + 1 // "gazetecilerin sorularını yanıtlarken C": the occasion, no part of C
		}
	}
	return i
}

// trOccasionConverb reports whether w is the converb of answering,
// speaking or visiting ("yanıtlarken", "konuşurken", "değerlendirirken",
// "cevap verirken" as "cevapverirken"), the occasion of a statement
// rather than part of what it says.
func trOccasionConverb(w string) bool {
	if !strings.HasSuffix(w, "ken") && !strings.HasSuffix(w, "arak") && !strings.HasSuffix(w, "erek") {
		return false
	}
	for _, stem := range [...]string{"yanıtla", "konuş", "değerlendir", "açıkla", "cevapla", "cevapver", "hitaped", "katıl", "yorumla", "anlat", "ziyareted"} {
		if strings.HasPrefix(w, stem) {
			return true
		}
	}
	return false
}

// trParticiple reports whether a Turkish word ends in the participle of
// a relative clause in the past or present: "yaptığı", "düzenlediği".
func trParticiple(w string) bool {
	for _, suf := range [...]string{"dığı", "diği", "duğu", "düğü", "tığı", "tiği", "tuğu", "tüğü"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// trLocative reports whether a Turkish word of more than four letters
// ends in the locative: "açıklamada", "konuşmasında", "toplantıda".
func trLocative(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "da") || strings.HasSuffix(w, "de") || strings.HasSuffix(w, "ta") || strings.HasSuffix(w, "te"))
}

// speakerComma returns the comma that ends the speaker of a Turkish
// verb-final clause: the first comma after a capitalised word (a name
// closes the speaker's phrase: "... aktaran Yılmaz, C söyledi"), else the
// first comma within eight words; -1 when there is none.
func (x *extractor) speakerComma(u, cue textproc.TokSpan) int {
	first, named := -1, -1
	for k := u.I + 1; k < cue.I && k <= u.I+30; k++ {
		if !x.isPunct(k, ",") {
			continue
		}
		if q, ok := x.qi.at(k); ok && q.open > u.I {
			break // a comma of the quotation: "X: "A, B" dedi"
		} else if ok {
			return -1 // the quotation opens the clause: no speaker before it
		}
		if first < 0 && k <= u.I+8 {
			first = k
		}
		if t := x.tok(k - 1); t.Class == textproc.Word && t.IsCap() {
			if x.trHead(u.I, k).I > u.I {
				return k // "..., ... kabul eden Halis, C": a name after its participle
			}
			if named < 0 {
				named = k
			}
		}
	}
	if named >= 0 {
		return named
	}
	for k := u.I + 1; k < first; k++ {
		if x.tok(k).Class != textproc.Word {
			return -1
		}
	}
	return first
}

// trHead returns the speaker's phrase [i, j) of a Turkish clause without
// the participle clause that describes it: "... olduğunu ifade eden
// Karakoç" gives Karakoç. The phrase is kept whole when it does not end in
// a name after a participle (-en, -an).
func (x *extractor) trHead(i, j int) textproc.TokSpan {
	for k := j - 2; k > i && k >= j-4; k-- {
		if trSpeakingParticiples[x.low(k)] {
			return textproc.TokSpan{I: k + 1, J: j} // "Reuters'a konuşan bir yetkili": the official, the agency hears
		}
	}
	h := j
	for h > i && x.tok(h-1).Class == textproc.Word && x.tok(h-1).IsCap() {
		h--
	}
	if h == j || h-1 <= i || x.tok(h-1).Class != textproc.Word || x.tok(h-1).IsCap() {
		return textproc.TokSpan{I: i, J: j}
	}
	w := x.low(h - 1)
	if len(w) < 4 || !strings.HasSuffix(w, "en") && !strings.HasSuffix(w, "an") || strings.ContainsAny(w, "'’") {
		return textproc.TokSpan{I: i, J: j}
	}
	if trAblatives[w] {
		return textproc.TokSpan{I: i, J: j}
	}
	return textproc.TokSpan{I: h, J: j}
}

// trSpeakingParticiples describe a speaker by the speaking: "X'e
// konuşan", "bilgi veren", "açıklama yapan".
var trSpeakingParticiples = set("konuşan", "veren", "yapan")

// trStatementPhrase returns the end of a Turkish speaker's phrase [i, j)
// without the locative phrase of the statement it made that closes it:
// "Bakan Ali Yıldız yaptığı açıklamada" gives "Bakan Ali Yıldız".
func (x *extractor) trStatementPhrase(i, j int) int {
	if j-i < 3 {
		return j
	}
	last := x.low(j - 1)
	locative := strings.HasSuffix(last, "da") || strings.HasSuffix(last, "de") || strings.HasSuffix(last, "ta") || strings.HasSuffix(last, "te")
	if locative && trParticiple(x.low(j-2)) && x.tok(j-3).IsCap() {
		return j - 2
	}
	if locative && trParticiple(x.low(j-2)) && j-4 >= i && trDativeHearer(x.low(j-3)) && x.tok(j-4).IsCap() {
		return j - 3 // "Marta Vidal gazetecilere yaptığı açıklamada"
	}
	return j
}

// trDativeHearer reports whether a lower-case Turkish word is a hearer in
// the dative plural: "gazetecilere", "muhabirlere".
func trDativeHearer(w string) bool {
	return len([]rune(w)) > 5 && (strings.HasSuffix(w, "lere") || strings.HasSuffix(w, "lara"))
}

// trTopicIn returns where the Turkish topic particle "ise" closes the
// name that opens speaker phrase spk, with a clause of the speaker's own
// after it, or -1.
func (x *extractor) trTopicIn(spk textproc.TokSpan) int {
	for p := spk.I + 1; p < spk.J-1; p++ {
		if x.low(p) == "ise" && x.tok(p-1).IsCap() {
			return p
		}
	}
	return -1
}

// trContrasts open a Turkish clause against the one before: "ancak",
// "ama", "fakat".
var trContrasts = set("ancak", "ama", "fakat")

// trAblatives are the adverbs in -den/-dan that end like a participle
// ("yeniden Ali").
var trAblatives = map[string]bool{"yeniden": true, "önceden": true, "sonradan": true, "birden": true,
	"baştan": true, "gerçekten": true, "aslından": true, "zaman": true, "hemen": true}

// verbFinalNoComma matches "X ... -dığını söyledi" without a comma: the
// speaker is the run of capitalised words that opens the sentence, and
// the word before the verb must be a reported clause (-dığını, -acağını)
// or a quotation.
func (x *extractor) verbFinalNoComma(u, cue textproc.TokSpan) (cand, bool) {
	u.I = x.skipLead(u.I, cue.I) // "ANKARA (AA) - X C söyledi": not the dateline
	i := u.I
	for i < cue.I && i-u.I < 3 && (x.tok(i).Class == textproc.Number || x.tok(i).Class == textproc.Word && !x.tok(i).IsCap() && strings.HasSuffix(x.low(i), "ki")) {
		i++ // "89 yaşındaki X": a modifier before the name
	}
	j := i
	for j < cue.I && j-u.I < 6 && x.tok(j).Class == textproc.Word && x.tok(j).IsCap() {
		j++
	}
	if j == i || j+1 >= cue.I || i > u.I && !x.tok(i).IsCap() {
		return cand{}, false
	}
	// a name after its role: "Öğretmenler sendikası başkanı Fatma Arı"
	for k := j; k < cue.I && k-u.I < 10; {
		m := k
		for m < cue.I && x.tok(m).Class == textproc.Word && !x.tok(m).IsCap() && possessive3(x.low(m)) && !trGenitive(x.low(m)) && !reportedClause(x.low(m)) && !trTopicWord(x.low(m)) {
			m++
		}
		if m == k || m >= cue.I || !x.tok(m).IsCap() || x.tok(m).Class != textproc.Word {
			break
		}
		for m < cue.I && x.tok(m).Class == textproc.Word && x.tok(m).IsCap() {
			m++
		}
		if trGenitive(x.low(m - 1)) {
			break // "Ruanda yönetimi Kabila'nın ...": the reported clause's subject
		}
		j, k = m, m
	}
	owned := false
	if strings.ContainsAny(x.low(j-1), "'’") && trGenitive(x.low(j-1)) && j+2 < cue.I && x.trSourceNoun(j) {
		j++ // "Pinochet'nin avukatları C savundu": the lawyers of a person named
		owned = true
	}
	if !owned && trGenitive(x.low(j-1)) && reportedClause(x.low(cue.I-1)) && x.thirdSingular(cue, cuelex.Entry{Type: cuelex.Verb}) {
		// "Projenin 40 milyon liraya mal olacağını söyledi": the genitive
		// is the subject of the reported clause; the speaker is unsaid
		return cand{cue: cue, implicit: true, unsaid: true, conf: 0.7, nestedIn: -1, spkFrom: -1,
			content: []textproc.TokSpan{{I: u.I, J: cue.I}}}, true
	}
	if p := x.trTopic(u.I, cue.I); p > j {
		j = p // "Muhalefet sözcüsü Elif Yıldız ise C söyledi"
	}
	start := x.trTimeAfter(j, cue.I)
	naming := x.low(cue.I-1) == "olarak" // "X kararı "acımasız" olarak nitelendirdi": "kararı" is the object
	if w := x.low(j); !owned && !naming && start == j && !x.tok(j).IsCap() && x.tok(j).Class == textproc.Word && j+2 < cue.I && possessive3(w) && !trParticiple(w) {
		j++ // "ABD ordusu", "Ruanda yönetimi"
		start = j
	}
	if w := x.low(j); (w == "ise" || w == "de" || w == "da") && j+1 < cue.I {
		start++ // "Blinken ise ...": the particle of contrast goes with the subject
	}
	start = x.skipAdverbials(start, cue.I) // "X yaptığı açıklamada C söyledi"
	c := cand{spk: textproc.TokSpan{I: u.I, J: j}, cue: cue, conf: 0.7, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: start, J: cue.I}}}
	if q, ok := x.qi.at(cue.I - 1); ok && q.end == cue.I && q.open >= j {
		c.content[0] = textproc.TokSpan{I: q.open, J: q.end}
		c.kind = Direct
		if n := x.namedBefore(u.I, q.open); !n.Empty() {
			c.spk = n // "A "..." deyince, B "..." dedi": B said the second
		}
		return c, true
	}
	// the particle "ise" closes the subject: "X ise diyaloğun önemini
	// vurguladı" says a noun phrase, not a clause
	topic := x.low(j) == "ise" && start < cue.I
	if !reportedClause(x.low(cue.I-1)) && !(naming && cue.I-2 > start) && !topic {
		if cc, ok := x.trContentFirst(u, cue); ok {
			return cc, true
		}
		return cand{}, false // ("kararı "acımasız" olarak nitelendirdi": a naming, said)
	}
	return c, true
}

// trContentFirst matches the Turkish order with the reported clause
// first and the speaker after it, before the verb: "Limanın 200 kişiyi
// çıkaracağını liman işçileri sendikası salı günü açıkladı". The speaker
// is the one to six words between the clause's verb (-acağını, -dığını)
// and the cue, without a time adverbial at their end.
func (x *extractor) trContentFirst(u, cue textproc.TokSpan) (cand, bool) {
	r := -1
	for k := cue.I - 2; k > u.I; k-- {
		if reportedClause(x.low(k)) {
			r = k
			break
		}
		if x.tok(k).Class != textproc.Word {
			return cand{}, false
		}
	}
	if r < 0 {
		return cand{}, false
	}
	end := cue.I
	for t := r + 1; t < end; t++ {
		if a := x.trTimeAfter(t, end); a > t && a == end {
			end = t // "sendikası salı günü açıkladı"
			break
		}
	}
	if end-(r+1) < 1 || end-(r+1) > 6 {
		return cand{}, false
	}
	for k := r + 1; k < end; k++ {
		if _, n := x.cueAt(k, end); n > 0 || x.low(k) == "ve" {
			return cand{}, false // "C-dığını vurguladı ve yönetenleri uyardı": another verb, no speaker
		}
	}
	return cand{spk: textproc.TokSpan{I: r + 1, J: end}, cue: cue, conf: 0.7, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: u.I, J: r + 1}}}, true
}

// trTopic returns the particle "ise" that closes the subject of a Turkish
// clause within its first eight words, with only words before it and no
// genitive or reported clause among them ("Muhalefet partisi sözcüsü Elif
// Yıldız ise C belirtti"), or -1.
func (x *extractor) trTopic(i, end int) int {
	for p := i + 1; p < end-1 && p <= i+8; p++ {
		w := x.low(p)
		if w == "ise" {
			return p
		}
		if x.tok(p).Class != textproc.Word || trGenitive(w) || reportedClause(w) {
			return -1
		}
	}
	return -1
}

// trTimeAfter returns the token after the Turkish time adverbial at i
// that follows a speaker ("pazartesi günü", "dün", "bugün", "cuma
// akşamı"), or i when there is none.
func (x *extractor) trTimeAfter(i, end int) int {
	w := x.low(i)
	if w == "dün" || w == "bugün" {
		return i + 1
	}
	if _, ok := lexicon.Weekday(w); ok && i+1 < end {
		switch x.low(i + 1) {
		case "günü", "akşamı", "sabahı", "öğleden":
			return i + 2
		}
		return i + 1
	}
	return i
}

// namedBefore returns the run of capitalised words that follows a comma
// and ends right before token q (a quotation), or an empty span.
func (x *extractor) namedBefore(from, q int) textproc.TokSpan {
	h := q
	for h > from && x.tok(h-1).Class == textproc.Word && x.tok(h-1).IsCap() {
		h--
	}
	if h == q || h == from || !x.isPunct(h-1, ",") {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: h, J: q}
}

// reportedClause reports whether a Turkish word ends in the suffix of a
// reported clause: -dığını, -diğini, -duğunu, -düğünü (and -t-), -acağını,
// -eceğini, and their plurals -dıklarını, -diklerini, -acaklarını.
func reportedClause(w string) bool {
	for _, suf := range []string{"ğını", "ğini", "ğunu", "ğünü", "klarını", "klerini"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// trConverb reports whether a Turkish cue word is a converb, which ends
// the reported clause inside a sentence that goes on: -arak, -erek
// ("belirterek"), -ken ("söylerken").
func trConverb(w string) bool {
	return strings.HasSuffix(w, "arak") || strings.HasSuffix(w, "erek") || strings.HasSuffix(w, "rken")
}

// cueAfter reports whether a reporting verb of the lexicon starts at a
// token of [i, end).
func (x *extractor) cueAfter(i, end int) bool {
	for k := i; k < end; k++ {
		if e, n := x.cueAt(k, end); n > 0 && e.Type == cuelex.Verb {
			return true
		}
	}
	return false
}

// trRelative reports whether a Turkish cue word is a participle in -an,
// -en that describes the noun after it: "açıklayan", "ifade eden".
func trRelative(w string) bool {
	return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "en")
}

// verbRelative matches a Turkish reporting participle before its speaker:
// "C-dığını açıklayan Bakan X, ...". The content is the reported clause
// or quotation before the participle, the speaker the capitalised words
// after it. When a reporting verb follows in the sentence, the phrase is
// the subject of that verb ("C açıklayan X, C' söyledi") and no statement
// of its own.
func (x *extractor) verbRelative(u, cue textproc.TokSpan) (cand, bool) {
	if x.cueAfter(cue.J, u.J) || cue.I <= u.I {
		return cand{}, false
	}
	j := cue.J
	for j < u.J && j-cue.J < 4 && x.tok(j).Class == textproc.Word && x.tok(j).IsCap() {
		j++
	}
	if j == cue.J {
		return cand{}, false
	}
	c := cand{spk: textproc.TokSpan{I: cue.J, J: j}, cue: cue, conf: 0.75, nestedIn: -1, spkFrom: -1, leftward: true}
	if q, ok := x.qi.at(cue.I - 1); ok && q.end == cue.I && q.open >= u.I {
		c.content = []textproc.TokSpan{{I: q.open, J: q.end}}
		c.kind = Direct
		return c, true
	}
	if !reportedClause(x.low(cue.I - 1)) {
		return cand{}, false
	}
	start := cue.I - 1
	for start > u.I && x.tok(start-1).Class == textproc.Word {
		start--
	}
	c.content = []textproc.TokSpan{{I: start, J: cue.I}}
	return c, true
}

// trSubjectBeforeComma returns, for the words np before a Turkish cue that
// name no one ("açıklamasında şunları kaydetti:", "konuya ilişkin şöyle
// konuştu:"), the subject before the comma that opens the sentence: "Bakan
// Kaya, açıklamasında şunları kaydetti: “C”". Else np.
func (x *extractor) trSubjectBeforeComma(np, u textproc.TokSpan) textproc.TokSpan {
	if np.Empty() || np.I-1 <= u.I || !x.isPunct(np.I-1, ",") {
		return x.trSubjectBeforeObject(np)
	}
	for k := np.I; k < np.J; k++ {
		if x.tok(k).IsCap() {
			return np // a name of its own
		}
	}
	i := x.skipLead(u.I, np.I-1)
	for k := i; k < np.I-1; k++ {
		if x.tok(k).IsCap() && x.tok(k).Class == textproc.Word {
			return x.trHead(i, np.I-1)
		}
	}
	return np
}

// trSpeakerAdverbs are the adverbs and particles that close a Turkish
// speaker's phrase before its comma: "Kaya ayrıca, C", "Bakan da, C".
var trSpeakerAdverbs = set("ayrıca", "da", "de", "ise", "bugün", "dün", "yine", "ardından", "sonrasında", "öte")

// trReported reports whether the content of a Turkish statement c is
// reported speech: a quotation, a clause in -dığını, -acağını, or words
// before "diye" or "şeklinde". Verbs that also take a noun object need
// one ("hükümeti eleştirdi" reports nothing).
func (x *extractor) trReported(c cand, cue textproc.TokSpan) bool {
	if c.kind == Direct || len(c.content) == 0 {
		return c.kind == Direct
	}
	last := c.content[len(c.content)-1]
	if last.Empty() {
		return false
	}
	w := x.low(last.J - 1)
	return reportedClause(w) || x.tok(last.J-1).Class == textproc.Quote || x.low(cue.I) == "diye" || x.low(cue.I-1) == "diye" || x.low(cue.I-1) == "şeklinde" ||
		x.low(cue.I-1) == "olarak" && cue.I >= 2 && x.tok(cue.I-2).Class == textproc.Quote // "artışı "yetersiz" olarak nitelendirdi"
}

// trSubjectBeforeObject cuts the words a Turkish subject run np took from
// the verb's side of the clause when it ends in the object that announces
// a quotation ("şunları", "şöyle"): the phrase of the occasion before it
// ("açıklamasında", "yeni kitabında") is no part of the speaker either, so
// the speaker ends with the last capitalised word before that phrase:
// "Bakan Kaya açıklamasında şunları söyledi: “C”" is said by Bakan Kaya.
func (x *extractor) trSubjectBeforeObject(np textproc.TokSpan) textproc.TokSpan {
	j := np.J
	for j > np.I && trAnnouncing[x.low(j-1)] {
		j--
	}
	if j == np.J && !trAnnouncing[x.low(np.J)] || j == np.I {
		return np // ("şöyle konuştu" is a cue of its own)
	}
	if np.I > 0 && x.tok(np.I-1).Class == textproc.Quote && !x.tok(np.I).IsCap() {
		// ""Detva" adlı eserinde şunları yazıyor": the quotation names
		// a thing inside the phrase, whose speaker stands before it
		return textproc.TokSpan{}
	}
	loc := -1
	for k := np.I + 1; k < j; k++ {
		if !x.tok(k).IsCap() && trLocative(x.low(k)) {
			loc = k
			break
		}
	}
	if loc < 0 {
		return textproc.TokSpan{I: np.I, J: j}
	}
	end := loc
	for end > np.I+1 && !x.tok(end-1).IsCap() {
		end--
	}
	if !x.tok(end - 1).IsCap() {
		end = loc
	}
	return textproc.TokSpan{I: np.I, J: end}
}

// trAnnouncing are the words that announce a quotation as the verb's
// object or manner: "şunları söyledi:", "şöyle konuştu:".
var trAnnouncing = set("şunları", "şöyle", "şunu", "şu", "bunları", "sözlerini")

// trSourceNoun reports whether the Turkish word at k is a noun of the
// sources that may speak ("avukatları", "sözcüsü", "ailesi"), possessed by
// the genitive before it.
func (x *extractor) trSourceNoun(k int) bool {
	w := x.low(k)
	if !possessive3(w) {
		return false
	}
	for _, s := range trSources {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	for _, s := range [...]string{"aile", "eşi", "anne", "baba", "kızı", "oğlu", "danışman", "arkadaş", "taraftar"} {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// trTopicWord reports whether a Turkish word ends in the particle of
// contrast that closes a subject: "yönetimiyse", "Bakan ise".
func trTopicWord(w string) bool {
	return w == "ise" || strings.HasSuffix(w, "yse") || strings.HasSuffix(w, "ysa")
}
