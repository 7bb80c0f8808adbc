// Given names of the languages other than English, by language: the
// gender a person's first name gives when the text says none otherwise,
// so that "elle", "sie", "она" and "la ministre" find the right person;
// and names brought from their case to their dictionary form (Russian
// "Мартой Видаль" → "Марта Видаль", and the issuers of documents in the
// genitive in Russian, German and Turkish), and a place before a Russian
// name told from a given name ("глава МИД Норвика Педро Лобо").

package attrib

import (
	"strings"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/textproc"
)

// givenNames are common given names of each language, lower-cased. A name
// here wins over the English list for a text of its language ("Jean" is a
// man's name in French).
var givenNames = map[string]map[string]gender{
	"fr": names2(`jean pierre michel philippe nicolas laurent olivier emmanuel françois francois jacques
		alain bernard christophe patrick thierry éric eric stéphane stephane sébastien sebastien julien
		guillaume antoine mathieu maxime romain benoît benoit bruno didier gérard gerard gilles yves hervé
		herve pascal vincent arnaud cédric cedric damien fabien frédéric frederic jérôme jerome lionel
		marc rémi remi serge xavier édouard edouard gabriel raphaël raphael hugo louis lucas théo theo`,
		`marie nathalie isabelle sylvie catherine françoise francoise martine christine sophie valérie
		valerie sandrine véronique veronique céline celine aurélie aurelie julie camille chloé chloe manon
		claire anne hélène helene élisabeth elisabeth brigitte ségolène segolene marine rachida agnès
		agnes amélie amelie émilie emilie charlotte juliette léa lea margaux pauline odile monique
		nicole danielle florence laurence corinne delphine virginie caroline mathilde élise elise`),
	"es": names2(`josé jose antonio manuel francisco juan david javier daniel carlos jesús jesus alejandro
		miguel rafael pedro pablo ángel angel sergio fernando jorge luis alberto álvaro alvaro diego adrián
		adrian raúl raul enrique ramón ramon vicente andrés andres joaquín joaquin santiago mario óscar oscar
		rubén ruben iván ivan gonzalo ignacio emilio gustavo hugo`,
		`maría maria carmen ana isabel laura cristina marta lucía lucia pilar elena sara paula raquel rosa
		dolores teresa beatriz patricia silvia mercedes nuria julia irene alicia andrea rocío rocio
		sonia montserrat inmaculada esther eva yolanda begoña begona ainhoa gabriela valeria daniela
		mariana fernanda adriana claudia verónica veronica lorena natalia ximena`),
	"de": names2(`peter michael thomas andreas stefan wolfgang klaus jürgen jurgen frank bernd uwe dieter
		hans günter gunter horst matthias markus christian martin sebastian tobias jan alexander florian
		lars olaf friedrich heinrich helmut gerhard karl robert lukas felix jonas maximilian paul niklas
		boris hubertus norbert volker winfried cem armin`,
		`ursula sabine petra monika claudia susanne andrea birgit karin gabriele angela annalena ulrike
		christine katrin anja nicole stefanie julia anna lena laura lea sophie marie hannah johanna franziska
		katharina heike ingrid renate brigitte manuela nancy svenja saskia ricarda`),
	"nl": names2(`jan piet kees henk willem geert frans mark sander bas thijs daan ruben joost wouter
		maarten pieter jeroen hans erik dirk rutger klaas`,
		`annemarie femke sigrid kajsa anne marieke inge els sanne lotte lieke esther ilse karin
		ingrid mirjam hanneke`),
	"tr": names2(`mehmet ahmet mustafa ali hüseyin huseyin hasan ibrahim ismail osman yusuf murat ömer omer
		ramazan halil süleyman suleyman abdullah mahmut recep kemal hakan emre burak serkan tolga cem
		kaan oğuz oguz volkan devlet bülent bulent binali mevlüt mevlut numan`,
		`ayşe ayse fatma emine hatice zeynep elif meryem şerife serife sultan hanife merve büşra busra
		esra özlem ozlem gülşen gulsen nurcan selin ebru derya sibel tuğba tugba meral tansu`),
	"ru": names2(`александр сергей андрей алексей дмитрий владимир михаил николай иван евгений игорь
		олег юрий виктор павел максим антон артем артём денис роман константин вадим василий анатолий
		геннадий борис леонид григорий пётр петр фёдор федор кирилл никита илья станислав вячеслав`,
		`елена ольга наталья татьяна ирина светлана анна мария екатерина юлия марина людмила галина
		валентина надежда любовь вера ксения дарья анастасия алина виктория полина софья валерия
		оксана лариса нина тамара зоя алла элла инна майя марта раиса жанна кристина александра евгения диана`),
}

// names2 makes a map of the men's names of m and the women's of f.
func names2(m, f string) map[string]gender {
	out := map[string]gender{}
	for _, w := range strings.Fields(m) {
		out[w] = male
	}
	for _, w := range strings.Fields(f) {
		out[w] = female
	}
	return out
}

// givenGender returns the gender of the first word of name as a given
// name of language lang, or, in Russian, as a surname ("Петрова",
// "Белов"); ok is false when it tells none.
func givenGender(lang, name string) (gender, bool) {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return anyGender, false
	}
	if g, ok := givenNames[lang][ws[0]]; ok {
		return g, true
	}
	if lang == "ru" && len(ws) >= 2 {
		return ruSurnameGender(ws[len(ws)-1])
	}
	return anyGender, false
}

// ruSurnameGender reads the gender of a Russian surname in the
// nominative from its ending: -ова, -ева, -ина, -ская are women's, -ов,
// -ев, -ин, -ский men's.
func ruSurnameGender(w string) (gender, bool) {
	if utf8.RuneCountInString(w) < 4 {
		return anyGender, false
	}
	for _, s := range [...]string{"ова", "ёва", "ева", "ина", "ская", "цкая"} {
		if strings.HasSuffix(w, s) {
			return female, true
		}
	}
	for _, s := range [...]string{"ов", "ёв", "ев", "ин", "ский", "цкий"} {
		if strings.HasSuffix(w, s) {
			return male, true
		}
	}
	return anyGender, false
}

// ruDictionaryName gives a Russian name of two or three words whose given
// name is in an oblique case its dictionary form ("Ниной Абашидзе" →
// "Нина Абашидзе", "Сергея Белова" → "Сергей Белов", "Ильхамом Алиевым" →
// "Ильхам Алиев"), or whose given name does not decline, before a surname
// in the instrumental ("Энтони Блинкеном" → "Энтони Блинкен"); a name
// whose given name may be in the nominative is kept ("Мария Орлова",
// "Илья Зуев").
func ruDictionaryName(name string) string {
	first, _, ok := strings.Cut(name, " ")
	if !ok || strings.Count(name, " ") > 2 {
		return name
	}
	r := []rune(strings.ToLower(first))
	n := len(r)
	if n < 4 {
		return name
	}
	end := string(r[n-2:])
	oblique := end == "ой" || end == "ии" || end == "ея" || end == "ря" || end == "ьи" ||
		(end == "ом" || end == "ем") && n >= 6 || end == "ей" && r[n-3] == 'и' ||
		r[n-1] == 'ы' || r[n-1] == 'и' && strings.ContainsRune("гкх", r[n-2])
	if !oblique {
		// a given name that does not decline before a surname in the
		// instrumental: "с Энтони Блинкеном" → "Энтони Блинкен"
		i := strings.LastIndexByte(name, ' ') + 1
		if l := []rune(name[i:]); len(l) >= 6 && (strings.HasSuffix(name, "ом") || strings.HasSuffix(name, "ым")) && !strings.ContainsRune("аеёиоуыэюяь", l[len(l)-3]) {
			return name[:i] + ruNominative(name[i:])
		}
		return name
	}
	rest := ruNominative(name[len(first)+1:])
	switch end {
	case "ой":
		return string([]rune(first)[:n-2]) + "а " + rest // "Мартой" → "Марта"
	case "ей":
		return string([]rune(first)[:n-2]) + "я " + rest // "Марией" → "Мария"
	case "ем":
		return string([]rune(first)[:n-2]) + "й " + rest // "Сергеем" → "Сергей"
	}
	given, _, _ := strings.Cut(ruNominative(first+" x"), " ")
	return given + " " + rest
}

// ruSameSurname reports whether two Russian surnames are one in different
// cases ("Орлова", "Орловой", "Орлову"; "Волков", "Волкова"): the same
// stem once a case ending is cut.
func ruSameSurname(a, b string) bool {
	return ruStem(strings.ToLower(a)) == ruStem(strings.ToLower(b))
}

func ruStem(w string) string {
	for _, suf := range [...]string{"ой", "ым", "ом", "ему", "ого", "а", "у", "е", "ы"} {
		if s, ok := strings.CutSuffix(w, suf); ok && utf8.RuneCountInString(s) >= 4 {
			return s
		}
	}
	return w
}

// ruPlaceBefore reports whether the Russian token s, which opens a run of
// three capitalized words or more, is a place in the genitive after a
// role or an acronym ("глава МИД Норвика Педро Лобо"), not a given name.
func (r *resolver) ruPlaceBefore(s int) bool {
	toks := r.t.toks
	w := toks[s].Lower
	if s == 0 || !strings.HasSuffix(w, "а") && !strings.HasSuffix(w, "я") || r.firstNameIn(s, s+1) == s {
		return false
	}
	p := &toks[s-1]
	return p.Class == textproc.Word && (!p.IsCap() || p.Text == strings.ToUpper(p.Text) && len([]rune(p.Text)) >= 2)
}

// nominative returns the name of e, resolved from mention m, in the
// dictionary form where the mention puts it in another case: a Turkish
// name with a case ending ("İçişleri Bakanlığından yapılan açıklamada",
// "Bakan Kaya'ya göre"), and the issuer of a document in the genitive in
// Russian ("в сообщении пресс-службы президента") and German ("in einer
// Mitteilung des Bundespresseamts"), whose entity takes that form too.
func (r *resolver) nominative(e *entity, m textproc.TokSpan) string {
	toks := r.t.toks
	switch {
	case r.lang == "tr":
		return trNominative(e.name)
	case r.lang == "ru" && e.kind != Person && m.I > 0 && impersonalDocs[toks[m.I-1].Lower]:
		e.name = ruIssuerNominative(e.name)
	case r.lang == "de" && (m.I > 0 && deGenitiveArticles[toks[m.I-1].Lower] || deGenitiveArticles[toks[m.I].Lower]):
		// "nach Angaben des Ministeriums", "eines Gewerkschaftssprechers" (a
		// role, not a person's name)
		name := e.name
		if a, rest, ok := strings.Cut(name, " "); ok && deGenitiveArticles[strings.ToLower(a)] {
			name = rest
		}
		if e.kind != Person || !strings.Contains(name, " ") {
			e.name = deNominative(name)
		}
	}
	return e.name
}

// ruIssuerNominative gives the issuer of a Russian document, named in the
// genitive after it ("в сообщении пресс-службы президента", "его
// офиса"), in the nominative.
func ruIssuerNominative(name string) string {
	name = ruNominative(name)
	own, rest, ok := strings.Cut(name, " ")
	if !ok || !ruPossessives[strings.ToLower(own)] || strings.Contains(rest, " ") {
		return name
	}
	// "его пресс-службы", "его офиса": a masculine noun in the genitive
	// loses its -а
	if nom := ruNominative(rest); nom != rest {
		rest = nom
	} else if r := []rune(rest); len(r) > 4 && r[len(r)-1] == 'а' {
		rest = string(r[:len(r)-1])
	}
	return own + " " + rest
}

// ruLocativeBody gives a Russian body named after "в" or "во" in the
// locative ("в пресс-службе ведомства", "в Кремле") with its noun in the
// nominative and without the preposition: "пресс-служба ведомства",
// "Кремль". Other names are returned as they are.
func ruLocativeBody(name string) string {
	rest, ok := strings.CutPrefix(name, "в ")
	if !ok {
		if rest, ok = strings.CutPrefix(name, "во "); !ok && name != "Кремле" {
			return name
		}
	}
	first, tail, _ := strings.Cut(rest, " ")
	low := strings.ToLower(first)
	nom := ruBodyNominative(low)
	if nom == low && low != "кремле" {
		return name
	}
	if low == "кремле" {
		nom = "кремль"
	}
	if first != low {
		r := []rune(nom)
		nom = strings.ToUpper(string(r[0])) + string(r[1:]) // "Кремле": a capital stays
	}
	return strings.TrimSpace(nom + " " + tail)
}

// ruPossessives are the Russian possessive pronouns of the third person,
// which do not decline.
var ruPossessives = set("его", "её", "ее", "их")

// adjectiveRu reports whether a Russian word has the ending of an
// adjective, which comes before its noun: "российский министр".
func adjectiveRu(w string) bool {
	for _, suf := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ruVerbLike reports whether a Russian word ends as a verb in the past
// or present tense does.
func ruVerbLike(w string) bool {
	for _, suf := range []string{"л", "ла", "ло", "ли", "лся", "лась", "лись", "ет", "ит", "ют", "ят", "ут", "ат"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ruDativePlural reports whether a Russian word ends as a noun in the
// dative plural, which is never the subject: "работникам обещали".
func ruDativePlural(w string) bool {
	return len([]rune(w)) > 4 && (strings.HasSuffix(w, "ам") || strings.HasSuffix(w, "ям"))
}

// deGenitiveArticles are the German articles of a masculine or neuter
// noun in the genitive.
var deGenitiveArticles = set("des", "eines")
