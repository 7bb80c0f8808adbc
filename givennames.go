// Given names of the languages other than English, by language: the
// gender a person's first name gives when the text says none otherwise,
// so that "elle", "sie", "она" and "la ministre" find the right person.

package attrib

import (
	"strings"
	"unicode/utf8"
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
		оксана лариса нина тамара зоя алла элла инна майя`),
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
