package cuelex

import (
	"slices"
	"strings"
)

// AccordingAfter is a postposition whose speaker precedes it: Turkish
// "X'e göre, C".
const AccordingAfter Type = Passive + 1

// verbForms are the reporting verbs of a language: a lemma and its common
// inflected forms, one-word or several ("a déclaré", "hat gesagt").
type verbForms struct {
	lemma string
	forms []string
	weak  bool
}

// frVerbs: French reporting verbs, present, passé simple, passé composé
// (with "a" and "ont") and imperfect.
var frVerbs = []verbForms{
	{"dire", []string{"dit", "disent", "a dit", "ont dit", "disait", "disaient", "dira", "diront", "dirai", "dirons", "disons", "dis", "avait dit", "dire", "disant"}, false},
	{"qualifier", []string{"qualifie", "qualifient", "qualifia", "a qualifié", "ont qualifié", "qualifiant"}, false},
	{"déclarer", []string{"déclare", "déclarent", "déclara", "a déclaré", "ont déclaré", "avait déclaré", "déclarait"}, false},
	{"faire valoir", []string{"a fait valoir", "fait valoir", "ont fait valoir"}, false},
	{"mettre en garde", []string{"a mis en garde", "met en garde", "ont mis en garde"}, false},
	{"affirmer", []string{"affirme", "affirment", "affirma", "a affirmé", "ont affirmé", "affirmait"}, false},
	{"annoncer", []string{"annonce", "annoncent", "annonça", "a annoncé", "ont annoncé", "annonçait", "annonçant"}, false},
	{"souligner", []string{"souligne", "soulignent", "souligna", "soulignait", "a souligné", "ont souligné"}, false},
	{"expliquer", []string{"explique", "expliquent", "expliqua", "a expliqué", "ont expliqué", "expliquait"}, false},
	{"indiquer", []string{"indique", "indiquent", "indiqua", "indiquait", "a indiqué", "ont indiqué"}, false},
	{"estimer", []string{"estime", "estiment", "estimons", "estima", "estimait", "a estimé", "ont estimé"}, true},
	{"assurer", []string{"assure", "assurent", "assura", "a assuré", "ont assuré"}, false},
	// verbs that take a noun object as well ("a salué la décision", "a
	// poursuivi sa route"): reports only with a clause or a quotation
	// ("« C », a réagi X", "« C », poursuit-il")
	{"réagir", []string{"réagit", "réagissent", "a réagi", "ont réagi", "réagissait"}, true},
	{"poursuivre", []string{"poursuit", "poursuivent", "a poursuivi", "ont poursuivi", "poursuivait"}, true},
	{"nuancer", []string{"nuance", "nuancent", "a nuancé", "ont nuancé", "nuançait"}, true},
	{"tempérer", []string{"tempère", "tempèrent", "a tempéré", "ont tempéré"}, true},
	{"trancher", []string{"tranche", "tranchent", "a tranché", "ont tranché"}, true},
	{"fustiger", []string{"fustige", "fustigent", "a fustigé", "ont fustigé"}, true},
	{"critiquer", []string{"critique", "critiquent", "a critiqué", "ont critiqué", "critiquait"}, true},
	{"saluer", []string{"salue", "saluent", "a salué", "ont salué", "saluait"}, true},
	// reflexive verbs of news reports, only with a clause or a quotation:
	// "« C », s'est indigné X", "X se félicite que C"
	{"s'indigner", []string{"s'indigne", "s’indigne", "s'indignent", "s’indignent", "s'est indigné", "s’est indigné", "s'est indignée", "s’est indignée", "se sont indignés", "se sont indignées", "s'indignait", "s’indignait"}, true},
	{"se féliciter", []string{"se félicite", "se félicitent", "s'est félicité", "s’est félicité", "s'est félicitée", "s’est félicitée", "se sont félicités", "se sont félicitées", "se félicitait"}, true},
	{"se réjouir", []string{"se réjouit", "se réjouissent", "s'est réjoui", "s’est réjoui", "s'est réjouie", "s’est réjouie", "se sont réjouis", "se sont réjouies"}, true},
	{"s'inquiéter", []string{"s'inquiète", "s’inquiète", "s'inquiètent", "s’inquiètent", "s'est inquiété", "s’est inquiété", "s'est inquiétée", "s’est inquiétée", "se sont inquiétés", "se sont inquiétées", "s'inquiétait", "s’inquiétait"}, true},
	{"s'étonner", []string{"s'étonne", "s’étonne", "s'étonnent", "s’étonnent", "s'est étonné", "s’est étonné", "s'est étonnée", "s’est étonnée", "se sont étonnés", "se sont étonnées"}, true},
	{"s'interroger", []string{"s'interroge", "s’interroge", "s'interrogent", "s’interrogent", "s'est interrogé", "s’est interrogé", "s'est interrogée", "s’est interrogée", "se sont interrogés"}, true},
	{"s'exclamer", []string{"s'exclame", "s’exclame", "s'est exclamé", "s’est exclamé", "s'est exclamée", "s’est exclamée"}, true},
	{"s'insurger", []string{"s'insurge", "s’insurge", "s'insurgent", "s’insurgent", "s'est insurgé", "s’est insurgé", "s'est insurgée", "s’est insurgée", "se sont insurgés"}, true},
	{"se désoler", []string{"se désole", "se désolent", "s'est désolé", "s’est désolé", "s'est désolée", "s’est désolée"}, true},
	{"s'emporter", []string{"s'emporte", "s’emporte", "s'est emporté", "s’est emporté", "s'est emportée", "s’est emportée"}, true},
	{"ajouter", []string{"ajoute", "ajoutent", "ajouta", "ajoutait", "a ajouté", "ont ajouté"}, false},
	{"préciser", []string{"précise", "précisent", "précisa", "précisait", "a précisé", "ont précisé"}, false},
	{"rappeler", []string{"rappelle", "rappellent", "rappela", "a rappelé", "ont rappelé"}, false},
	{"confirmer", []string{"confirme", "confirment", "confirma", "a confirmé", "ont confirmé"}, false},
	{"démentir", []string{"dément", "démentent", "a démenti", "ont démenti"}, false},
	{"avertir", []string{"avertit", "avertissent", "a averti", "ont averti"}, false},
	{"prévenir", []string{"prévient", "préviennent", "prévenait", "prévint", "a prévenu", "ont prévenu"}, false},
	{"insister", []string{"insiste", "a insisté", "ont insisté"}, false},
	{"reconnaître", []string{"reconnaît", "reconnait", "reconnaissent", "reconnais", "reconnaissons", "reconnut", "a reconnu", "ont reconnu", "reconnaissait", "reconnaissant"}, false},
	{"déplorer", []string{"déplore", "a déploré", "ont déploré"}, false},
	{"dénoncer", []string{"dénonce", "a dénoncé", "ont dénoncé"}, false},
	{"répondre", []string{"répond", "a répondu", "ont répondu", "répondait"}, false},
	{"écrire", []string{"écrit", "écrivent", "écrivit", "écrira", "a écrit", "ont écrit", "écrivait", "écrivaient", "écrivant"}, false},
	{"raconter", []string{"raconte", "a raconté", "ont raconté"}, false},
	{"confier", []string{"confie", "a confié"}, false},
	{"tweeter", []string{"tweete", "a tweeté", "ont tweeté", "twitte", "a twitté"}, false},
	{"promettre", []string{"promet", "a promis", "ont promis"}, false},
	{"juger", []string{"juge", "jugent", "a jugé", "ont jugé"}, true},
	{"penser", []string{"pense", "pensent", "pensons", "pensait", "a pensé"}, true},
	{"croire", []string{"croit", "croient", "crois", "croyons", "croyait"}, true},
	{"considérer", []string{"considère", "considèrent", "considérons", "a considéré"}, true},
	{"signaler", []string{"signale", "a signalé", "ont signalé"}, false},
	{"observer", []string{"observe", "a observé"}, false},
	{"noter", []string{"note", "notons", "a noté"}, false},
	{"admettre", []string{"admet", "admets", "admettent", "admettons", "admettait", "admit", "a admis", "ont admis"}, false},
	{"réclamer", []string{"réclame", "a réclamé"}, false},
	{"demander", []string{"demande", "a demandé", "ont demandé"}, false},
	{"appeler", []string{"a appelé", "ont appelé", "appelle"}, true},
	{"faire savoir", []string{"fait savoir", "a fait savoir", "ont fait savoir"}, false},
	{"constater", []string{"constate", "constatons", "constatait", "a constaté", "ont constaté"}, true},
	{"montrer", []string{"montre", "montrent", "a montré", "ont montré"}, true}, // "des études ont montré que C"
	{"répéter", []string{"répète", "répètent", "répétons", "répéta", "a répété", "ont répété", "répétant"}, false},
	{"réaffirmer", []string{"réaffirme", "a réaffirmé", "ont réaffirmé"}, false},
	{"commenter", []string{"commente", "commentait", "a commenté"}, false},
	{"titrer", []string{"titrait", "a titré"}, false},
	{"soutenir", []string{"soutient", "soutiennent", "soutenait", "a soutenu", "ont soutenu", "soutenant"}, true},
	{"prétendre", []string{"prétend", "prétendent", "prétendait", "a prétendu", "prétendant"}, true},
	{"remarquer", []string{"remarque", "a remarqué"}, true},
	{"rétorquer", []string{"rétorque", "rétorqua", "a rétorqué"}, false},
	{"marteler", []string{"martèle", "a martelé"}, false},
	{"avouer", []string{"avoue", "a avoué"}, false},
	{"témoigner", nil, false},
	{"conclure", []string{"conclut", "concluent", "a conclu", "ont conclu"}, false},
	{"rapporter", nil, false},
	{"mentionner", nil, false},
	{"certifier", nil, false},
	{"garantir", []string{"garantit", "garantissent", "a garanti", "ont garanti"}, true}, // "garantit l'emploi": secures
	{"nier", []string{"nie", "nient", "nia", "a nié", "niait"}, false},
	{"suggérer", []string{"suggère", "suggèrent", "a suggéré", "ont suggéré"}, true},
	{"regretter", nil, true},
	{"évoquer", nil, true},
	{"révéler", []string{"révèle", "révèlent", "révéla", "a révélé", "révélait"}, false},
	{"dévoiler", nil, false},
	{"concéder", []string{"concède", "concèdent", "concéda", "a concédé"}, false},
	{"réitérer", []string{"réitère", "réitèrent", "réitéra", "a réitéré"}, false},
	{"objecter", nil, false},
	{"répliquer", nil, false},
	{"détailler", nil, false},
	{"relever", []string{"relève", "relèvent", "releva", "a relevé", "relevait", "relevant"}, true},
	{"lancer", []string{"lance", "lança", "a lancé", "lançait"}, true},
	{"glisser", nil, true},
	{"ironiser", nil, false},
	{"plaider", nil, true},
	{"alerter", nil, true},
	{"jurer", nil, true},
	{"résumer", nil, true},
	{"contester", nil, true},
	{"exiger", []string{"exige", "exigent", "exigea", "a exigé", "exigeait"}, true},
	{"proposer", nil, true},
	{"recommander", nil, true},
	{"relater", nil, false},
	{"avancer", []string{"avance", "avança", "a avancé", "avançait"}, true},
	{"prédire", []string{"prédit", "prédisent", "a prédit"}, false},
}

// deVerbs: German reporting verbs, present and past, with the perfect of
// "haben".
var deVerbs = []verbForms{
	{"sagen", []string{"sagte", "sagten", "sagt", "sagen", "hat gesagt", "gesagt"}, false},
	{"bezeichnen", []string{"bezeichnete", "bezeichneten", "bezeichnet", "bezeichnen"}, false}, // "bezeichnete X als Y": a judgement
	{"erklären", []string{"erklärte", "erklärten", "erklärt", "erklären", "hat erklärt"}, false},
	{"betonen", []string{"betonte", "betonten", "betont", "hat betont"}, false},
	{"zeigen", []string{"zeigt", "zeigen", "zeigte", "zeigten", "hat gezeigt", "haben gezeigt"}, true},
	{"klarstellen", []string{"stellte klar", "stellt klar", "stellten klar", "klarstellte", "hat klargestellt"}, false},
	{"deutlich machen", []string{"machte deutlich", "macht deutlich", "machten deutlich", "hat deutlich gemacht"}, false},
	{"mitteilen", []string{"teilte mit", "teilt mit", "teilten mit", "mitteilte", "mitteilten", "hat mitgeteilt", "mitgeteilt"}, false},
	{"sprechen", []string{"sprach", "spricht"}, true},
	{"berichten", []string{"berichtete", "berichteten", "berichtet", "berichten", "hat berichtet"}, false},
	{"schreiben", []string{"schrieb", "schrieben", "schreibt", "hat geschrieben", "geschrieben"}, false},
	{"warnen", []string{"warnte", "warnten", "warnt", "hat gewarnt", "gewarnt"}, false},
	{"fordern", []string{"forderte", "forderten", "fordert", "hat gefordert", "gefordert"}, false},
	{"auffordern", []string{"forderte auf", "forderten auf", "fordert auf", "aufforderte", "hat aufgefordert", "aufgefordert"}, false},
	{"kündigen an", []string{"kündigte an", "kündigt an", "angekündigt"}, false},
	{"versichern", []string{"versicherte", "versicherten", "versichert", "hat versichert"}, false},
	{"bestätigen", []string{"bestätigte", "bestätigten", "bestätigt", "hat bestätigt"}, false},
	{"bestreiten", []string{"bestritt", "bestritten", "bestreitet", "hat bestritten"}, false},
	{"dementieren", []string{"dementierte", "dementiert"}, false},
	{"behaupten", []string{"behauptete", "behauptet", "behaupten", "behaupteten"}, false},
	{"meinen", []string{"meinte", "meint", "meinen", "meinten"}, true},
	{"glauben", []string{"glaubt", "glaubte", "glauben", "glaubten"}, true},
	{"hinzufügen", []string{"fügte hinzu", "fügt hinzu", "hinzugefügt"}, false},
	{"unterstreichen", []string{"unterstrich", "unterstrichen", "unterstreicht"}, false},
	{"antworten", []string{"antwortete", "antworteten", "antwortet", "hat geantwortet"}, false},
	{"erläutern", []string{"erläuterte", "erläuterten", "erläutert"}, false},
	{"verkünden", []string{"verkündete", "verkündeten", "verkündet"}, false},
	{"räumen ein", []string{"räumte ein", "räumt ein"}, false},
	{"kritisieren", []string{"kritisierte", "kritisierten", "kritisiert", "hat kritisiert"}, false},
	// "nannte die Erhöhung „unzureichend“": a naming with a quotation
	// only ("nannte keine Details" reports nothing)
	{"nennen", []string{"nannte", "nannten", "nennt", "hat genannt"}, true},
	{"zitieren", []string{"zitierte", "zitiert"}, true},
	{"hervorheben", []string{"hob hervor", "hebt hervor", "hervorgehoben"}, false},
	{"verlangen", []string{"verlangte", "verlangten", "verlangt"}, false},
	{"ankündigen", []string{"angekündigt"}, false},
	{"erzählen", []string{"erzählte", "erzählten", "erzählt", "hat erzählt"}, false},
	{"ergänzen", []string{"ergänzte", "ergänzten", "ergänzt", "hat ergänzt"}, false},
	{"versprechen", []string{"versprach", "versprachen", "verspricht", "hat versprochen"}, false},
	{"zugeben", []string{"gab zu", "gibt zu", "gaben zu", "zugegeben"}, false},
	{"bekräftigen", []string{"bekräftigte", "bekräftigten", "bekräftigt", "hat bekräftigt"}, false},
	{"beklagen", []string{"beklagte", "beklagten", "beklagt"}, false},
	{"argumentieren", []string{"argumentierte", "argumentierten", "argumentiert"}, false},
	{"schildern", []string{"schilderte", "schilderten", "schildert"}, false},
	{"verraten", []string{"verriet", "verrieten", "verrät"}, false},
	{"vermuten", []string{"vermutete", "vermuteten", "vermutet"}, true},
	{"befürchten", []string{"befürchtete", "befürchteten", "befürchtet"}, true},
	{"einräumen", []string{"eingeräumt"}, false},
	{"feststellen", []string{"stellte fest", "stellt fest", "stellten fest", "festgestellt"}, false},
	{"bekanntgeben", []string{"gab bekannt", "gibt bekannt", "gaben bekannt", "bekanntgegeben"}, false},
	{"aufrufen", []string{"rief auf", "ruft auf", "riefen auf", "aufgerufen"}, false},
	{"hinweisen", []string{"wies hin", "weist hin", "wiesen hin", "hingewiesen"}, false},
	{"vorwerfen", []string{"warf vor", "wirft vor", "warfen vor", "vorgeworfen"}, false},
	{"zusichern", []string{"sicherte zu", "sichert zu", "zugesichert"}, false},
	{"anmerken", []string{"merkte an", "merkt an", "angemerkt"}, false},
	{"melden", []string{"meldete", "meldeten", "meldet", "hat gemeldet", "gemeldet"}, true},
	{"monieren", []string{"monierte", "monierten", "moniert"}, false},
	{"bemängeln", []string{"bemängelte", "bemängelten", "bemängelt"}, false},
	{"äußern", []string{"äußerte", "äußerten", "äußert", "hat geäußert"}, false},
	{"fragen", []string{"fragte", "fragten", "fragt"}, true},
	{"kommentieren", []string{"kommentierte", "kommentierten", "kommentiert"}, true},
	{"beteuern", []string{"beteuerte", "beteuerten", "beteuert"}, false},
	{"mahnen", []string{"mahnte", "mahnten", "mahnt"}, true},
	{"erwidern", []string{"erwiderte", "erwiderten", "erwidert"}, false},
	{"entgegnen", []string{"entgegnete", "entgegneten", "entgegnet"}, false},
	{"bemerken", []string{"bemerkte", "bemerkten", "bemerkt"}, true},
	{"klagen", []string{"klagte", "klagten", "klagt"}, true},
	{"loben", []string{"lobte", "lobten", "lobt"}, true},
	{"prophezeien", []string{"prophezeite", "prophezeiten", "prophezeit"}, false},
	{"erinnern", []string{"erinnerte", "erinnerten", "erinnert"}, true},
	{"finden", []string{"fand", "fanden", "findet"}, true},
	{"denken", []string{"dachte", "dachten", "denkt"}, true},
	{"wissen", []string{"wusste", "wussten", "weiß", "wußte", "wußten"}, true},
	{"hoffen", []string{"hoffte", "hofften", "hofft"}, true},
	{"fürchten", []string{"fürchtete", "fürchteten", "fürchtet"}, true},
	{"schätzen", []string{"schätzte", "schätzten", "schätzt"}, true},
	{"annehmen", []string{"nahm an", "nimmt an", "angenommen"}, true},
	{"angeben", []string{"gab an", "gibt an", "gaben an", "geben an", "angegeben"}, false},
	{"ausgehen", []string{"geht davon aus", "ging davon aus", "gehen davon aus", "gingen davon aus"}, false},
	{"sich zeigen", []string{"zeigte sich überzeugt", "zeigte sich zuversichtlich", "zeigte sich optimistisch",
		"zeigte sich besorgt", "zeigte sich enttäuscht", "zeigte sich erleichtert", "zeigte sich sicher",
		"zeigt sich überzeugt", "zeigt sich zuversichtlich", "zeigt sich optimistisch", "zeigt sich besorgt",
		"zeigten sich überzeugt", "zeigten sich zuversichtlich", "zeigten sich besorgt"}, false},
	{"bedauern", []string{"bedauerte", "bedauerten", "bedauert"}, true},
	{"begrüßen", []string{"begrüßte", "begrüßten", "begrüßt"}, true},
	{"beharren", []string{"beharrte", "beharrten", "beharrt"}, true},
	{"bilanzieren", []string{"bilanzierte", "bilanzierten", "bilanziert"}, false},
	{"resümieren", []string{"resümierte", "resümierten", "resümiert"}, false},
	{"folgern", []string{"folgerte", "folgerten", "folgert"}, false},
	{"präzisieren", []string{"präzisierte", "präzisierten", "präzisiert"}, false},
	{"unterstellen", []string{"unterstellte", "unterstellten", "unterstellt"}, true},
	{"widersprechen", []string{"widersprach", "widersprachen", "widerspricht"}, true},
	{"einwenden", []string{"wandte ein", "wendet ein", "wandten ein", "eingewandt", "eingewendet"}, false},
	{"zusagen", []string{"sagte zu", "sagt zu", "sagten zu", "zugesagt"}, true},
	{"andeuten", []string{"deutete an", "deutet an", "deuteten an", "angedeutet"}, false},
	{"ausführen", []string{"führte aus", "führt aus", "führten aus", "ausgeführt"}, true},
	{"verweisen", []string{"verwies", "verwiesen", "verweist"}, true},
	{"gestehen", []string{"gestand", "gestanden", "gesteht"}, false},
	{"enthüllen", []string{"enthüllte", "enthüllten", "enthüllt"}, false},
	{"informieren", []string{"informierte", "informierten", "informiert"}, true},
	{"twittern", []string{"twitterte", "twitterten", "twittert"}, false},
	{"drohen", []string{"drohte", "drohten", "droht"}, true},
	{"rügen", []string{"rügte", "rügten", "rügt"}, true},
	{"drängen", []string{"drängte", "drängten", "drängt"}, true},
	{"bezweifeln", []string{"bezweifelte", "bezweifelten", "bezweifelt"}, true},
	{"spekulieren", []string{"spekulierte", "spekulierten", "spekuliert"}, true},
	{"prognostizieren", []string{"prognostizierte", "prognostizierten", "prognostiziert"}, false},
	{"konstatieren", []string{"konstatierte", "konstatierten", "konstatiert"}, false},
	{"beschreiben", []string{"beschrieb", "beschrieben", "beschreibt"}, true},
}

// esVerbs: Spanish reporting verbs, present, preterite and perfect.
var esVerbs = []verbForms{
	{"decir", []string{"dijo", "dijeron", "dice", "dicen", "ha dicho", "han dicho", "había dicho", "decía", "decían", "dirá", "dirán", "diciendo", "digo", "decimos"}, false},
	{"calificar", []string{"calificó", "calificaron", "califica", "califican", "ha calificado", "han calificado", "calificando"}, false},
	{"afirmar", []string{"afirmó", "afirmaron", "afirma", "afirman", "ha afirmado", "han afirmado"}, false},
	{"declarar", []string{"declaró", "declararon", "declara", "ha declarado", "han declarado"}, false},
	{"señalar", []string{"señaló", "señalaron", "señala", "señalan", "ha señalado", "han señalado"}, false},
	{"mostrar", []string{"muestra", "muestran", "mostró", "mostraron", "ha mostrado", "han mostrado"}, true},
	{"explicar", []string{"explicó", "explicaron", "explica", "ha explicado"}, false},
	{"asegurar", []string{"aseguró", "aseguraron", "asegura", "aseguran", "ha asegurado"}, false},
	{"indicar", []string{"indicó", "indicaron", "indica", "ha indicado"}, false},
	{"anunciar", []string{"anunció", "anunciaron", "anuncia", "ha anunciado"}, false},
	{"añadir", []string{"añadió", "añadieron", "añade", "ha añadido"}, false},
	{"agregar", []string{"agregó", "agregaron", "agrega"}, false},
	{"destacar", []string{"destacó", "destacaron", "destaca", "ha destacado"}, false},
	{"subrayar", []string{"subrayó", "subraya"}, false},
	{"advertir", []string{"advirtió", "advirtieron", "advierte", "advierten", "ha advertido"}, false},
	{"manifestar", []string{"manifestó", "manifestaron", "manifiesta"}, false},
	{"sostener", []string{"sostuvo", "sostiene", "sostienen", "sostuvieron"}, false},
	{"confirmar", []string{"confirmó", "confirmaron", "confirma", "ha confirmado"}, false},
	{"negar", []string{"negó", "negaron", "niega", "niegan"}, false},
	{"reconocer", []string{"reconoció", "reconocieron", "reconoce", "reconocen", "ha reconocido"}, false},
	{"comentar", []string{"comentó", "comenta"}, false},
	{"expresar", []string{"expresó", "expresa"}, false},
	{"insistir", []string{"insistió", "insiste"}, false},
	// "coinciden en que C": agreeing on what they say; only with a clause
	{"coincidir", []string{"coinciden", "coincide", "coincidió", "coincidieron", "han coincidido"}, true},
	{"recordar", []string{"recordó", "recordaron", "recuerda", "recuerdan"}, false},
	{"escribir", []string{"escribió", "escribieron", "escribe", "ha escrito"}, false},
	{"tuitear", []string{"tuiteó", "tuitearon", "tuitea", "ha tuiteado"}, false},
	{"contar", []string{"contó", "cuenta"}, true},
	{"informar", []string{"informó", "informaron", "informa"}, false},
	{"comunicar", []string{"comunicó"}, false},
	{"responder", []string{"respondió", "responde"}, false},
	{"pedir", []string{"pidió", "pidieron", "pide", "piden"}, false},
	{"exigir", []string{"exigió", "exige"}, false},
	{"considerar", []string{"consideró", "considera"}, true},
	{"creer", []string{"cree", "creen", "creía"}, true},
	{"opinar", []string{"opinó", "opina"}, false},
	{"apuntar", []string{"apuntó", "apunta"}, false},
	{"precisar", []string{"precisó"}, false},
	{"denunciar", []string{"denunció", "denuncia"}, false},
	{"criticar", []string{"criticó"}, false},
	{"prometer", []string{"prometió"}, false},
	{"reiterar", []string{"reiteró"}, false},
	{"dejar claro", []string{"dejó claro", "dejó en claro", "ha dejado claro", "deja claro"}, false},
	{"hacer hincapié", []string{"hizo hincapié", "hace hincapié", "ha hecho hincapié"}, false},
	{"poner de manifiesto", []string{"puso de manifiesto", "ha puesto de manifiesto"}, false},
	{"contestar", nil, false},
	{"aclarar", nil, false},
	{"mencionar", nil, false},
	{"admitir", nil, false},
	{"alertar", nil, false},
	{"enfatizar", []string{"enfatizó", "enfatiza"}, false},
	{"concluir", []string{"concluyó", "concluye", "concluyeron"}, false},
	{"puntualizar", []string{"puntualizó", "puntualiza"}, false},
	{"relatar", nil, false},
	{"argumentar", nil, false},
	{"sugerir", []string{"sugirió", "sugiere", "sugirieron"}, true},
	{"lamentar", nil, true},
	{"sentenciar", nil, false},
	{"recalcar", []string{"recalcó", "recalca", "recalcan", "ha recalcado"}, false},
	{"remarcar", []string{"remarcó", "remarca", "ha remarcado"}, false},
	{"resaltar", nil, false},
	{"detallar", nil, false},
	{"especificar", []string{"especificó", "especifica"}, false},
	{"matizar", []string{"matizó", "matiza"}, false},
	{"aseverar", nil, false},
	{"apostillar", nil, false},
	{"garantizar", []string{"garantizó", "garantiza"}, true}, // "garantiza el empleo": secures
	{"avisar", nil, false},
	{"revelar", nil, false},
	{"confesar", []string{"confesó", "confiesa"}, false},
	{"desmentir", []string{"desmintió", "desmintieron", "desmiente", "desmienten", "ha desmentido"}, false},
	{"replicar", []string{"replicó", "replica"}, false},
	{"ironizar", []string{"ironizó", "ironiza", "ha ironizado"}, false},
	{"bromear", []string{"bromeó", "bromea", "ha bromeado"}, false},
	// also with a noun object ("valoró el acuerdo", "celebró su cumpleaños",
	// "incidió en la economía"): only with a clause or a quotation
	{"valorar", []string{"valoró", "valora", "ha valorado"}, true},
	{"celebrar", []string{"celebró", "celebra", "ha celebrado"}, true},
	{"zanjar", []string{"zanjó", "zanja", "ha zanjado"}, true},
	{"incidir", []string{"incidió", "incide", "ha incidido"}, true},
	{"narrar", nil, false},
	{"notificar", []string{"notificó"}, false},
	{"anticipar", nil, true},
	{"adelantar", nil, true},
	{"corroborar", nil, false},
	{"ratificar", []string{"ratificó"}, false},
	{"constatar", nil, false},
	{"alegar", []string{"alegó"}, false},
	{"argüir", []string{"arguyó", "arguye"}, false},
	{"aducir", []string{"adujo", "aduce"}, false},
	{"reprochar", nil, false},
	{"acusar", nil, true},
	{"reclamar", nil, true},
	{"solicitar", nil, true},
	{"proponer", []string{"propuso", "propone", "proponen", "ha propuesto"}, true},
	{"plantear", []string{"planteó", "plantea"}, true},
	{"estimar", nil, true},
	{"calcular", nil, true},
	{"pensar", []string{"piensa", "piensan", "pensó"}, true},
	{"temer", nil, true},
	{"sospechar", nil, true},
	{"defender", []string{"defendió", "defiende", "defienden", "ha defendido"}, true},
	{"mantener", []string{"mantuvo", "mantiene", "mantienen"}, true},
	{"repetir", []string{"repitió", "repite"}, false},
	{"preguntar", []string{"preguntó", "pregunta"}, true},
	{"publicar", nil, true},
}

// ruVerbs: Russian reporting verbs in the past (masculine, feminine,
// plural) and the present third person.
var ruVerbs = []verbForms{
	{"сказать", []string{"сказал", "сказала", "сказали", "сказав", "скажет"}, false},
	{"дать понять", []string{"дал понять", "дала понять", "дали понять"}, false},
	{"обратить внимание", []string{"обратил внимание", "обратила внимание", "обратили внимание"}, false},
	{"назвать", []string{"назвал", "назвала", "назвали", "назвав", "называет", "называют"}, false},
	{"заявить", []string{"заявил", "заявила", "заявили", "заявляет", "заявляют", "заявлял", "заявляла", "заявив"}, false},
	{"сообщить", []string{"сообщил", "сообщила", "сообщили", "сообщает", "сообщают"}, false},
	{"отметить", []string{"отметил", "отметила", "отметили", "отмечает", "отмечают", "отметив"}, false},
	{"подчеркнуть", []string{"подчеркнул", "подчеркнула", "подчеркнули", "подчеркивает", "подчёркивает", "подчеркивают", "подчёркивают", "подчеркивал", "подчёркивал", "подчеркнув"}, false},
	{"говорить", []string{"говорит", "говорят", "говорил", "говорила", "говорили"}, false},
	{"пояснить", []string{"пояснил", "пояснила", "пояснили", "поясняет", "поясняют", "пояснив"}, false},
	{"объяснить", []string{"объяснил", "объяснила", "объяснили"}, false},
	{"добавить", []string{"добавил", "добавила", "добавили", "добавив"}, false},
	{"рассказать", []string{"рассказал", "рассказала", "рассказали"}, false},
	{"указать", []string{"указал", "указала", "указали"}, false},
	{"утверждать", []string{"утверждает", "утверждают", "утверждал", "утверждала"}, false},
	{"предупредить", []string{"предупредил", "предупредила", "предупредили"}, false},
	{"подтвердить", []string{"подтвердил", "подтвердила", "подтвердили"}, false},
	{"объявить", []string{"объявил", "объявила", "объявили"}, false},
	{"написать", []string{"написал", "написала", "написали", "пишет", "написав"}, true},
	{"твитнуть", []string{"написал в твиттере", "написала в твиттере", "твитнул", "твитнула"}, false},
	{"считать", []string{"считает", "считают", "считал"}, true},
	{"полагать", []string{"полагает", "полагают"}, true},
	// before "признать", whose present forms are made from its stem
	{"признавать", []string{"признает", "признаёт", "признают", "признавал", "признавала"}, true}, // ("не признает результаты": recognises)
	{"признать", []string{"признал", "признала", "признали", "признав"}, false},
	{"отрицать", []string{"отрицает", "отрицал"}, false},
	{"призвать", []string{"призвал", "призвала", "призвали"}, false},
	{"ответить", []string{"ответил", "ответила", "ответили", "отвечает"}, false},
	{"уточнить", []string{"уточнил", "уточнила", "уточнили"}, false},
	{"выразить", []string{"выразил", "выразила"}, true},
	{"пообещать", []string{"пообещал", "пообещала", "пообещали"}, false},
	{"писать", []string{"писал", "писала", "писали", "пишут"}, true},
	{"рассказывать", []string{"рассказывает", "рассказывают", "рассказывал", "рассказывала", "рассказывали"}, false},
	{"объяснять", []string{"объясняет", "объясняют", "объяснял", "объясняла", "объясняли"}, false},
	{"высказать", []string{"высказал", "высказала", "высказали"}, false},
	{"уверять", []string{"уверяет", "уверяют", "уверял", "уверяла"}, false},
	{"настаивать", []string{"настаивает", "настаивают", "настаивал", "настаивала"}, false},
	{"вспоминать", []string{"вспоминает", "вспоминал", "вспоминала"}, false},
	{"возразить", []string{"возразил", "возразила", "возразили"}, false},
	{"формулировать", []string{"формулировал", "формулировала", "сформулировал", "сформулировала"}, false},
	{"думать", []string{"думает", "думают", "думал", "думала", "думали"}, true},
	{"верить", []string{"верит", "верят", "верил", "верила", "верили"}, true},
	{"воображать", []string{"воображает", "воображал", "воображала"}, true},
	{"показать", []string{"показал", "показала", "показали", "показывает", "показывают"}, true},
	{"заметить", []string{"заметил", "заметила", "заметили"}, false},
	{"напомнить", []string{"напомнил", "напомнила", "напомнили", "напоминает", "напоминают"}, false},
	{"признаться", []string{"признался", "призналась", "признались", "признается", "признаётся"}, false},
	{"заверить", []string{"заверил", "заверила", "заверили"}, false},
	{"констатировать", []string{"констатировал", "констатировала", "констатировали", "констатирует"}, false},
	{"пожаловаться", []string{"пожаловался", "пожаловалась", "пожаловались", "жалуется"}, false},
	{"сообщать", []string{"сообщал", "сообщала", "сообщали"}, false},
	{"добавлять", []string{"добавляет", "добавляют", "добавлял", "добавляла"}, false},
	{"обещать", []string{"обещает", "обещают", "обещал", "обещала", "обещали"}, false},
	{"уточнять", []string{"уточняет", "уточняют"}, false},
	{"предупреждать", []string{"предупреждает", "предупреждают", "предупреждал"}, false},
	{"объявлять", []string{"объявляет", "объявляют"}, false},
	{"опровергнуть", []string{"опроверг", "опровергла", "опровергли"}, false},
	// the channel quoting the speaker: "«C», — цитирует X агентство Y"
	{"цитировать", []string{"цитирует", "цитируют", "цитировал", "цитировала", "цитировали"}, false},
	// an agency or correspondent passing a report on ("C, передает ТАСС");
	// also "hand over", so only with a clause or after a quotation
	{"передать", []string{"передает", "передаёт", "передают", "передал", "передала", "передали"}, true},
	{"приводить слова", []string{"приводит слова", "приводят слова", "привел слова", "привёл слова", "привела слова"}, false},
	// verbs that also take a noun object ("потребовал отставки", "спросил
	// дорогу"): reports only with a clause ("потребовал, чтобы C") or
	// after a quotation
	{"потребовать", []string{"потребует"}, true},
	{"требовать", []string{"требует", "требуют"}, true},
	{"спросить", []string{"спросит"}, true},
	{"спрашивать", nil, true},
	{"сетовать", []string{"сетует", "сетуют"}, false},
	{"посетовать", nil, false},
	{"жаловаться", []string{"жалуются"}, false},
	{"возмутиться", nil, false},
	{"возмущаться", nil, false},
	{"прокомментировать", nil, false},
	{"комментировать", nil, false},
	{"резюмировать", []string{"резюмирует"}, false},
	{"подытожить", nil, false},
	{"заключить", nil, true},
	{"повторить", nil, true},
	{"повторять", nil, true},
	{"заверять", nil, false},
	{"уверить", nil, false},
	{"настоять", []string{"настоял", "настояла", "настояли"}, false},
	{"опасаться", []string{"опасается", "опасаются"}, true},
	{"предположить", []string{"предположил", "предположила", "предположили", "предполагает", "предполагают"}, true},
	{"допустить", nil, true},
	{"подтверждать", nil, false},
	{"отмечать", nil, false},
	{"заявлять", nil, false},
	{"разъяснить", nil, false},
	{"разъяснять", nil, false},
	{"намекнуть", nil, false},
	{"воскликнуть", nil, false},
	{"произнести", []string{"произнес", "произнёс", "произнесла", "произнесли"}, true},
	{"отвечать", nil, false},
	{"возражать", nil, false},
	{"поделиться", nil, true},
	{"высказаться", nil, true},
	{"выразить уверенность", []string{"выразил уверенность", "выразила уверенность", "выразили уверенность", "выражает уверенность"}, false},
	{"выразить надежду", []string{"выразил надежду", "выразила надежду", "выразили надежду"}, false},
	{"выразить мнение", []string{"выразил мнение", "выразила мнение", "выразили мнение"}, false},
	{"высказать мнение", []string{"высказал мнение", "высказала мнение", "высказали мнение"}, false},
	{"пригрозить", nil, true},
	{"обвинить", nil, true},
	{"упрекнуть", nil, true},
	{"оценить", nil, true},
	{"охарактеризовать", nil, true},
	{"указывать", nil, false},
	{"призывать", nil, false},
}

// trVerbs: Turkish reporting verbs in the past, final in their clause.
var trVerbs = []verbForms{
	{"demek", []string{"dedi", "dediler", "diyor", "diyorlar", "demişti", "demiş", "demişler", "diyerek", "diyen"}, false},
	{"söylemek", []string{"söyledi", "söylediler", "söylüyor", "söylüyorlar", "söylemişti", "söylemiş", "söyleyerek", "söylerken", "söyleyen"}, false},
	{"açıklamak", []string{"açıkladı", "açıkladılar", "açıklıyor", "açıklamıştı", "açıklayarak", "açıklayan"}, false},
	{"belirtmek", []string{"belirtti", "belirttiler", "belirtiyor", "belirtmişti", "belirterek", "belirten"}, false},
	{"ifade etmek", []string{"ifade etti", "ifade ettiler", "ifade ediyor", "ifade ederek", "ifade eden"}, false},
	{"kaydetmek", []string{"kaydetti", "kaydettiler", "kaydederek", "kaydeden"}, false},
	{"vurgulamak", []string{"vurguladı", "vurguladılar", "vurguluyor", "vurgulayarak", "vurgulayan"}, false},
	{"bildirmek", []string{"bildirdi", "bildirdiler", "bildiriyor", "bildirerek", "bildiren"}, false},
	{"aktarmak", []string{"aktardı", "aktardılar"}, false},
	{"dile getirmek", []string{"dile getirdi", "dile getirdiler", "dile getirerek"}, false},
	{"iddia etmek", []string{"iddia etti", "iddia ettiler", "iddia ediyor", "iddia ederek", "iddia eden"}, false},
	{"duyurmak", []string{"duyurdu", "duyurdular"}, false},
	{"anlatmak", []string{"anlattı", "anlattılar", "anlatıyor"}, false},
	{"uyarmak", []string{"uyardı", "uyardılar", "uyararak"}, false},
	{"yazmak", []string{"yazdı"}, false},
	{"savunmak", []string{"savundu", "savundular", "savunuyor", "savunarak", "savunan"}, false},
	{"eklemek", []string{"ekledi", "eklediler", "ekleyerek"}, false},
	{"sözlerine eklemek", []string{"sözlerine ekledi", "sözlerine ekleyerek"}, false}, // "C-diğini de sözlerine ekledi"
	{"sormak", []string{"sordu"}, false},
	{"yanıt vermek", []string{"yanıt verdi", "cevap verdi"}, false},
	{"düşünmek", []string{"düşünüyor"}, true},
	{"hatırlatmak", []string{"hatırlattı", "hatırlattılar", "hatırlatarak", "hatırlatan"}, false},
	{"dikkat çekmek", []string{"dikkat çekti", "dikkat çektiler", "dikkat çekerek"}, false},
	{"altını çizmek", []string{"altını çizdi", "altını çizerek"}, false},
	{"ileri sürmek", []string{"ileri sürdü", "ileri sürerek"}, false},
	{"öne sürmek", []string{"öne sürdü", "öne sürerek"}, false},
	{"itiraf etmek", []string{"itiraf etti"}, false},
	{"ifadesini kullanmak", []string{"ifadesini kullandı", "ifadelerini kullandı", "ifadesini kullanarak"}, false},
	{"değerlendirmek", []string{"değerlendirdi"}, false},
	{"yorumlamak", []string{"yorumladı"}, false},
	{"doğrulamak", []string{"doğruladı"}, false},
	{"yalanlamak", []string{"yalanladı"}, false},
	{"teyit etmek", []string{"teyit etti"}, false},
	{"not etmek", []string{"not etti"}, false},
	{"anımsatmak", []string{"anımsattı"}, false},
	{"özetlemek", []string{"özetledi"}, false},
	{"aktarmak", []string{"aktarıyor"}, false},
	{"hatırlatmak", []string{"hatırlatıyor"}, false},
	// verbs that also take a noun object ("hükümeti eleştirdi"): reports
	// only with a reported clause or a quotation
	{"tahmin etmek", []string{"tahmin etti"}, true},
	{"yanıtlamak", []string{"yanıtladı"}, true}, // "soruları yanıtladı"
	{"cevaplamak", []string{"cevapladı"}, true},
	// a noun of speech with "bulunmak": "C-eceği uyarısında bulundu"
	{"uyarıda bulunmak", []string{"uyarısında bulundu", "uyarısında bulundular", "uyarısında bulunarak"}, false},
	{"çağrıda bulunmak", []string{"çağrısında bulundu", "çağrısında bulundular", "çağrısında bulunarak"}, false},
	{"iddiada bulunmak", []string{"iddiasında bulundu", "iddiasında bulundular", "iddiasında bulunarak"}, false},
	{"açıklamada bulunmak", []string{"açıklamasında bulundu", "açıklamasında bulundular"}, false},
	{"kabul etmek", []string{"kabul etti"}, true},
	{"reddetmek", []string{"reddetti"}, true},
	{"ilan etmek", []string{"ilan etti"}, true},
	{"eleştirmek", []string{"eleştirdi"}, true},
	{"nitelendirmek", []string{"nitelendirdi", "nitelendirdiler", "nitelendirerek"}, true}, // "artışı "yetersiz" olarak nitelendirdi"
	{"paylaşmak", []string{"paylaştı"}, true},
	{"öngörmek", []string{"öngördü"}, true},
	{"inanmak", []string{"inanıyor", "inandı"}, true},
	{"ummak", []string{"umuyor"}, true},
	{"talep etmek", []string{"talep etti"}, true},
	{"vaat etmek", []string{"vaat etti", "vaat ettiler", "vaat ederek", "vaat eden"}, true}, // "desteği vaat etti"
	{"söz vermek", []string{"söz verdi", "söz verdiler", "söz vererek"}, true},
	{"şöyle konuşmak", nil, false},
	{"şeklinde konuşmak", nil, false},
}

// accordingPhrases are the "according to" of each language: the speaker
// follows them, or precedes them for AccordingAfter.
var accordingPhrases = map[string][]Entry{
	"fr": {
		{Words: []string{"selon"}, Lemma: "selon", Type: According},
		{Words: strings.Fields("d' après"), Lemma: "selon", Type: According},
		{Words: strings.Fields("d'après"), Lemma: "selon", Type: According},
		{Words: strings.Fields("aux dires de"), Lemma: "selon", Type: According},
		{Words: strings.Fields("au dire de"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l' avis de"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l'avis de"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l’avis de"), Lemma: "selon", Type: According},
		{Words: strings.Fields("à en croire"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l' avis des"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l' avis du"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l'avis des"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l'avis du"), Lemma: "selon", Type: According},
		{Words: strings.Fields("au dire des"), Lemma: "selon", Type: According},
		{Words: strings.Fields("aux dires des"), Lemma: "selon", Type: According},
		{Words: strings.Fields("aux dires du"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l' aveu de"), Lemma: "selon", Type: According},
		{Words: strings.Fields("de l'aveu de"), Lemma: "selon", Type: According},
		{Words: strings.Fields("comme l' a dit"), Lemma: "dire", Type: According},
		{Words: []string{"pour"}, Lemma: "pour", Type: According}, // "Pour le ministre, C": read only so
	},
	"de": {
		{Words: []string{"laut"}, Lemma: "laut", Type: According},
		{Words: strings.Fields("nach angaben"), Lemma: "nach Angaben", Type: According},
		{Words: strings.Fields("nach angaben von"), Lemma: "nach Angaben", Type: According},
		{Words: strings.Fields("nach ansicht"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach ansicht von"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach worten"), Lemma: "nach Worten", Type: According},
		// the source a possessive names: "nach seinen Worten", "ihrer Ansicht nach"
		{Words: strings.Fields("nach seinen worten"), Lemma: "nach Worten", Type: According},
		{Words: strings.Fields("seinen worten zufolge"), Lemma: "nach Worten", Type: According},
		{Words: strings.Fields("nach ihren worten"), Lemma: "nach Worten", Type: According},
		{Words: strings.Fields("ihren worten zufolge"), Lemma: "nach Worten", Type: According},
		{Words: strings.Fields("nach seiner einschätzung"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("nach seiner auffassung"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("nach seiner darstellung"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("seiner ansicht nach"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("seiner meinung nach"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("seiner auffassung nach"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach ihrer einschätzung"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("nach ihrer auffassung"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("nach ihrer darstellung"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("ihrer ansicht nach"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("ihrer meinung nach"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("ihrer auffassung nach"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach einschätzung"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("nach einschätzung von"), Lemma: "nach Einschätzung", Type: According},
		{Words: strings.Fields("nach auskunft"), Lemma: "nach Auskunft", Type: According},
		{Words: strings.Fields("nach auskunft von"), Lemma: "nach Auskunft", Type: According},
		{Words: strings.Fields("nach darstellung"), Lemma: "nach Darstellung", Type: According},
		{Words: strings.Fields("nach darstellung von"), Lemma: "nach Darstellung", Type: According},
		{Words: strings.Fields("nach aussage"), Lemma: "nach Aussage", Type: According},
		{Words: strings.Fields("nach aussagen"), Lemma: "nach Aussage", Type: According},
		{Words: strings.Fields("nach aussagen von"), Lemma: "nach Aussage", Type: According},
		{Words: strings.Fields("nach meinung"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach meinung von"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach auffassung"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach auffassung von"), Lemma: "nach Ansicht", Type: According},
		{Words: strings.Fields("nach informationen"), Lemma: "nach Informationen", Type: According},
		{Words: strings.Fields("nach informationen von"), Lemma: "nach Informationen", Type: According},
		{Words: strings.Fields("nach schätzungen"), Lemma: "nach Schätzungen", Type: According},
		{Words: strings.Fields("nach schätzungen von"), Lemma: "nach Schätzungen", Type: According},
		{Words: []string{"gemäß"}, Lemma: "laut", Type: According},
		{Words: strings.Fields("zufolge"), Lemma: "zufolge", Type: AccordingAfter},
		{Words: []string{"so"}, Lemma: "so", Type: According}, // "C, so X": read by the extractor only after a comma
	},
	"es": {
		{Words: []string{"según"}, Lemma: "según", Type: According},
		{Words: strings.Fields("de acuerdo con"), Lemma: "de acuerdo con", Type: According},
		{Words: strings.Fields("en palabras de"), Lemma: "en palabras de", Type: According},
		{Words: strings.Fields("a juicio de"), Lemma: "a juicio de", Type: According},
		// the source a possessive names: "a su juicio", "en su opinión"
		{Words: strings.Fields("a su juicio"), Lemma: "a juicio de", Type: According},
		{Words: strings.Fields("a su entender"), Lemma: "a juicio de", Type: According},
		{Words: strings.Fields("en su opinión"), Lemma: "en opinión de", Type: According},
		{Words: strings.Fields("a su criterio"), Lemma: "a juicio de", Type: According},
		{Words: strings.Fields("en sus palabras"), Lemma: "en palabras de", Type: According},
		{Words: strings.Fields("según sus palabras"), Lemma: "según", Type: According},
		{Words: strings.Fields("de acuerdo a"), Lemma: "de acuerdo con", Type: According},
		{Words: strings.Fields("en opinión de"), Lemma: "en opinión de", Type: According},
		{Words: strings.Fields("a decir de"), Lemma: "a decir de", Type: According},
		{Words: strings.Fields("a criterio de"), Lemma: "a juicio de", Type: According},
		{Words: strings.Fields("en palabras del"), Lemma: "en palabras de", Type: According},
		{Words: strings.Fields("a juicio del"), Lemma: "a juicio de", Type: According},
		{Words: strings.Fields("en opinión del"), Lemma: "en opinión de", Type: According},
		{Words: strings.Fields("a decir del"), Lemma: "a decir de", Type: According},
		{Words: strings.Fields("a criterio del"), Lemma: "a juicio de", Type: According},
		{Words: strings.Fields("conforme a"), Lemma: "conforme a", Type: According},
		{Words: []string{"para"}, Lemma: "para", Type: According}, // "Para el ministro, C": read only so
	},
	"ru": {
		{Words: strings.Fields("по словам"), Lemma: "по словам", Type: According},
		{Words: strings.Fields("по данным"), Lemma: "по данным", Type: According},
		{Words: strings.Fields("по мнению"), Lemma: "по мнению", Type: According},
		// the source a possessive names: "по его словам"
		{Words: strings.Fields("по его словам"), Lemma: "по словам", Type: According},
		{Words: strings.Fields("по его мнению"), Lemma: "по мнению", Type: According},
		{Words: strings.Fields("по его данным"), Lemma: "по данным", Type: According},
		{Words: strings.Fields("по его оценке"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по его оценкам"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по его информации"), Lemma: "по информации", Type: According},
		{Words: strings.Fields("по её словам"), Lemma: "по словам", Type: According},
		{Words: strings.Fields("по её мнению"), Lemma: "по мнению", Type: According},
		{Words: strings.Fields("по её данным"), Lemma: "по данным", Type: According},
		{Words: strings.Fields("по её оценке"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по её оценкам"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по её информации"), Lemma: "по информации", Type: According},
		{Words: strings.Fields("по ее словам"), Lemma: "по словам", Type: According},
		{Words: strings.Fields("по ее мнению"), Lemma: "по мнению", Type: According},
		{Words: strings.Fields("по ее данным"), Lemma: "по данным", Type: According},
		{Words: strings.Fields("по ее оценке"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по ее оценкам"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по ее информации"), Lemma: "по информации", Type: According},
		{Words: strings.Fields("по их словам"), Lemma: "по словам", Type: According},
		{Words: strings.Fields("по их мнению"), Lemma: "по мнению", Type: According},
		{Words: strings.Fields("по их данным"), Lemma: "по данным", Type: According},
		{Words: strings.Fields("по их оценке"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по их оценкам"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по их информации"), Lemma: "по информации", Type: According},
		{Words: strings.Fields("по сообщению"), Lemma: "по сообщению", Type: According},
		{Words: strings.Fields("по информации"), Lemma: "по информации", Type: According},
		{Words: strings.Fields("как сообщает"), Lemma: "сообщить", Type: According},
		{Words: strings.Fields("как сообщил"), Lemma: "сообщить", Type: According},
		{Words: strings.Fields("как сообщила"), Lemma: "сообщить", Type: According},
		{Words: strings.Fields("как сообщили"), Lemma: "сообщить", Type: According},
		{Words: strings.Fields("как заявил"), Lemma: "заявить", Type: According},
		{Words: strings.Fields("как заявила"), Lemma: "заявить", Type: According},
		{Words: strings.Fields("как заявили"), Lemma: "заявить", Type: According},
		{Words: strings.Fields("как отметил"), Lemma: "отметить", Type: According},
		{Words: strings.Fields("как отметила"), Lemma: "отметить", Type: According},
		{Words: strings.Fields("как сказал"), Lemma: "сказать", Type: According},
		{Words: strings.Fields("как пишет"), Lemma: "написать", Type: According},
		{Words: strings.Fields("как передает"), Lemma: "передать", Type: According},
		{Words: strings.Fields("как передаёт"), Lemma: "передать", Type: According},
		{Words: strings.Fields("как отмечает"), Lemma: "отметить", Type: According},
		{Words: strings.Fields("как утверждает"), Lemma: "утверждать", Type: According},
		{Words: []string{"согласно"}, Lemma: "согласно", Type: According},
		{Words: strings.Fields("по оценкам"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по оценке"), Lemma: "по оценкам", Type: According},
		{Words: strings.Fields("по подсчетам"), Lemma: "по подсчетам", Type: According},
		{Words: strings.Fields("по подсчётам"), Lemma: "по подсчетам", Type: According},
		{Words: strings.Fields("по расчетам"), Lemma: "по подсчетам", Type: According},
		{Words: strings.Fields("по расчётам"), Lemma: "по подсчетам", Type: According},
		{Words: strings.Fields("по версии"), Lemma: "по версии", Type: According},
		{Words: strings.Fields("по утверждению"), Lemma: "по утверждению", Type: According},
		{Words: strings.Fields("по утверждениям"), Lemma: "по утверждению", Type: According},
		{Words: strings.Fields("по заявлению"), Lemma: "по заявлению", Type: According},
		{Words: strings.Fields("по сведениям"), Lemma: "по сведениям", Type: According},
		{Words: strings.Fields("по прогнозам"), Lemma: "по прогнозам", Type: According},
		{Words: strings.Fields("по прогнозу"), Lemma: "по прогнозам", Type: According},
		{Words: strings.Fields("по свидетельству"), Lemma: "по свидетельству", Type: According},
		{Words: strings.Fields("по сообщениям"), Lemma: "по сообщению", Type: According},
		{Words: strings.Fields("по признанию"), Lemma: "по признанию", Type: According},
		{Words: strings.Fields("со слов"), Lemma: "по словам", Type: According},
	},
	"tr": {
		{Words: []string{"göre"}, Lemma: "göre", Type: AccordingAfter},
	},
}

// impersonalPhrases are the reports of each language with no one as the
// subject: what a statement or a document says ("говорится в
// сообщении", "hieß es in einer Mitteilung", "se señala en el
// comunicado", "açıklamada belirtildi").
var impersonalPhrases = map[string][]Entry{
	"ru": {
		{Words: []string{"говорится"}, Lemma: "говориться", Type: Passive},
		{Words: []string{"сообщается"}, Lemma: "сообщаться", Type: Passive},
		{Words: []string{"отмечается"}, Lemma: "отмечаться", Type: Passive},
		{Words: []string{"подчеркивается"}, Lemma: "подчеркиваться", Type: Passive},
		{Words: []string{"подчёркивается"}, Lemma: "подчеркиваться", Type: Passive},
		{Words: []string{"указывается"}, Lemma: "указываться", Type: Passive},
		// the past: "в сообщении говорилось, что C"
		{Words: []string{"говорилось"}, Lemma: "говориться", Type: Passive},
		{Words: []string{"сообщалось"}, Lemma: "сообщаться", Type: Passive},
		{Words: []string{"отмечалось"}, Lemma: "отмечаться", Type: Passive},
		{Words: []string{"подчеркивалось"}, Lemma: "подчеркиваться", Type: Passive},
		{Words: []string{"подчёркивалось"}, Lemma: "подчеркиваться", Type: Passive},
		{Words: []string{"указывалось"}, Lemma: "указываться", Type: Passive},
	},
	"de": {
		{Words: strings.Fields("hieß es"), Lemma: "heißen", Type: Passive},
		{Words: strings.Fields("heißt es"), Lemma: "heißen", Type: Passive},
	},
	"fr": {
		// "a-t-on appris de source syndicale", "indique-t-on auprès de X"
		{Words: strings.Fields("a-t-on appris"), Lemma: "apprendre", Type: Passive},
		{Words: strings.Fields("a-t-on indiqué"), Lemma: "indiquer", Type: Passive},
		{Words: strings.Fields("a-t-on précisé"), Lemma: "préciser", Type: Passive},
		{Words: strings.Fields("a-t-on expliqué"), Lemma: "expliquer", Type: Passive},
		{Words: strings.Fields("a-t-on souligné"), Lemma: "souligner", Type: Passive},
		{Words: strings.Fields("a-t-on affirmé"), Lemma: "affirmer", Type: Passive},
		{Words: []string{"apprend-on"}, Lemma: "apprendre", Type: Passive},
		{Words: []string{"indique-t-on"}, Lemma: "indiquer", Type: Passive},
		{Words: []string{"précise-t-on"}, Lemma: "préciser", Type: Passive},
		{Words: []string{"explique-t-on"}, Lemma: "expliquer", Type: Passive},
		{Words: []string{"souligne-t-on"}, Lemma: "souligner", Type: Passive},
		{Words: []string{"affirme-t-on"}, Lemma: "affirmer", Type: Passive},
	},
	"es": {
		{Words: strings.Fields("se señala"), Lemma: "señalar", Type: Passive},
		{Words: strings.Fields("se indica"), Lemma: "indicar", Type: Passive},
		{Words: strings.Fields("se afirma"), Lemma: "afirmar", Type: Passive},
		{Words: strings.Fields("se asegura"), Lemma: "asegurar", Type: Passive},
		{Words: strings.Fields("se explica"), Lemma: "explicar", Type: Passive},
		{Words: strings.Fields("se destaca"), Lemma: "destacar", Type: Passive},
		{Words: strings.Fields("se subraya"), Lemma: "subrayar", Type: Passive},
	},
	"tr": {
		{Words: []string{"belirtildi"}, Lemma: "belirtmek", Type: Passive},
		{Words: strings.Fields("ifade edildi"), Lemma: "ifade etmek", Type: Passive},
		{Words: []string{"kaydedildi"}, Lemma: "kaydetmek", Type: Passive},
		{Words: []string{"vurgulandı"}, Lemma: "vurgulamak", Type: Passive},
		{Words: []string{"denildi"}, Lemma: "demek", Type: Passive},
		{Words: []string{"dendi"}, Lemma: "demek", Type: Passive},
		{Words: []string{"bildirildi"}, Lemma: "bildirmek", Type: Passive},
		{Words: []string{"açıklandı"}, Lemma: "açıklamak", Type: Passive},
		{Words: strings.Fields("ifadelerine yer verildi"), Lemma: "ifadesine yer vermek", Type: Passive},
		{Words: strings.Fields("ifadesine yer verildi"), Lemma: "ifadesine yer vermek", Type: Passive},
		{Words: []string{"aktarıldı"}, Lemma: "aktarmak", Type: Passive},
		{Words: []string{"duyuruldu"}, Lemma: "duyurmak", Type: Passive},
		{Words: []string{"hatırlatıldı"}, Lemma: "hatırlatmak", Type: Passive},
	},
}

var langVerbs = map[string][]verbForms{"fr": frVerbs, "de": deVerbs, "es": esVerbs, "ru": ruVerbs, "tr": trVerbs}

// lexicons are the cue lexicons of the languages other than English and
// Dutch.
var lexicons = func() map[string]*Lexicon {
	m := map[string]*Lexicon{}
	for lang, verbs := range langVerbs {
		l := &Lexicon{}
		for _, e := range accordingPhrases[lang] {
			l.add(e)
		}
		for _, e := range impersonalPhrases[lang] {
			l.add(e)
		}
		for _, e := range asPhrases(lang, verbs) {
			l.add(e)
		}
		for _, v := range verbs {
			derived := regular(lang, v.lemma)
			if lang == "de" && v.weak {
				// (nor the plural, an infinitive after a modal: "wollten wissen")
				derived = slices.DeleteFunc(derived, func(f string) bool { return deParticiple(f) || f == v.lemma })
			}
			forms := append(derived, v.forms...)
			inf := !strings.Contains(v.lemma, " ") && (lang == "fr" || lang == "es" || lang == "ru")
			if inf {
				forms = append(forms, v.lemma) // the infinitive, after a modal verb
			}
			for _, f := range forms {
				for _, g := range compounds(lang, f) {
					l.add(Entry{Words: strings.Fields(g), Lemma: v.lemma, Weak: v.weak,
						Participle: participle(lang, g), Infinitive: inf && g == v.lemma})
				}
			}
		}
		m[lang] = l
	}
	return m
}()

// For returns the cue lexicon of a language: English for English, Dutch
// and any language without a lexicon of its own.
func For(lang string) *Lexicon {
	if l := lexicons[lang]; l != nil {
		return l
	}
	return English
}

// auxiliaries are the forms of the perfect's auxiliary that a compound
// form "a déclaré", "ha dicho", "hat gesagt" may take instead of its
// first word.
var auxiliaries = map[string][]string{
	"fr": {"a", "ont", "avait", "avaient", "aurait", "auraient", "avons", "ai", "aura", "auront"},
	"es": {"ha", "han", "había", "habían", "habría", "he", "hemos"},
	"de": {"hat", "haben", "habe", "hatte", "hatten"},
}

// compounds returns a form and, for a compound of an auxiliary and a
// participle, the same participle with the other auxiliaries.
func compounds(lang, f string) []string {
	aux, rest, ok := strings.Cut(f, " ")
	out := []string{f}
	if !ok {
		return out
	}
	found := false
	for _, a := range auxiliaries[lang] {
		found = found || a == aux
	}
	if !found {
		return out
	}
	for _, a := range auxiliaries[lang] {
		if a != aux {
			out = append(out, a+" "+rest)
		}
	}
	return out
}

// participle reports whether a one-word form is a present participle or
// gerund, which takes the subject of its clause: French "-ant" ("disant"),
// Spanish "-ando", "-iendo" ("añadiendo"), Russian "-в", "-вши"
// ("добавив").
func participle(lang, f string) bool {
	if strings.Contains(f, " ") {
		return false
	}
	switch lang {
	case "fr":
		return strings.HasSuffix(f, "ant")
	case "es":
		return strings.HasSuffix(f, "ando") || strings.HasSuffix(f, "iendo")
	case "ru":
		return strings.HasSuffix(f, "в") || strings.HasSuffix(f, "вши")
	}
	return false
}

// regular returns the forms of a regular French or Spanish verb that the
// tables need not list: present (third persons, first persons), past,
// imperfect, future and perfect. Irregular verbs give what the rule gets right; their
// irregular forms are listed in the tables.
func regular(lang, lemma string) []string {
	if lang == "tr" {
		return trRegular(lemma) // also "ifade etmek", "şöyle konuşmak"
	}
	if strings.Contains(lemma, " ") || len(lemma) < 4 {
		return nil
	}
	stem, end := lemma[:len(lemma)-2], lemma[len(lemma)-2:]
	switch {
	case lang == "es" && end == "ar":
		return []string{stem + "a", stem + "an", stem + "o", stem + "amos", stem + "ó", stem + "aron", "ha " + stem + "ado", stem + "aba", stem + "aban", stem + "ando", lemma + "á", lemma + "án"}
	case lang == "es" && (end == "er" || end == "ir"):
		return []string{stem + "e", stem + "en", stem + "o", stem + "ió", stem + "ieron", "ha " + stem + "ido", stem + "ía", stem + "ían", stem + "iendo", lemma + "á", lemma + "án"}
	case lang == "ru":
		return ruRegular(lemma)
	case lang == "de":
		return deRegular(lemma)
	case lang == "fr" && end == "er":
		return []string{stem + "e", stem + "ent", stem + "ons", stem + "a", stem + "ait", stem + "aient", stem + "èrent", lemma + "a", lemma + "ont", "a " + stem + "é", stem + "ant"}
	}
	return nil
}

// Lemmas returns the lemmas of the reporting verbs of a language other
// than English and Dutch, weak ones included, in the order of its table.
func Lemmas(lang string) []string {
	var out []string
	for _, v := range langVerbs[lang] {
		out = append(out, v.lemma)
	}
	return out
}

// Auxiliary reports whether w is a form of the perfect's auxiliary in a
// language with compound cues ("a", "ha", "hat").
func Auxiliary(lang, w string) bool {
	for _, a := range auxiliaries[lang] {
		if a == w {
			return true
		}
	}
	return false
}

// ruRegular returns the forms of a Russian verb that follow from its
// infinitive: the past of the three genders and the plural ("заявил",
// "заявила", "заявило", "заявили"; reflexive "признался", "призналось"),
// the perfective gerund ("заявив") and, for verbs in -ать, -ять and
// -овать, the present third persons ("утверждает", "требует").
func ruRegular(lemma string) []string {
	refl := strings.HasSuffix(lemma, "ться")
	stem, ok := strings.CutSuffix(strings.TrimSuffix(lemma, "ся"), "ть")
	if !ok || len([]rune(stem)) < 3 {
		return nil
	}
	var out []string
	if refl {
		out = append(out, stem+"лся", stem+"лась", stem+"лось", stem+"лись", stem+"вшись")
	} else {
		out = append(out, stem+"л", stem+"ла", stem+"ло", stem+"ли", stem+"в")
	}
	pres := func(s3, p3 string) {
		if refl {
			out = append(out, s3+"ся", p3+"ся")
		} else {
			out = append(out, s3, p3)
		}
	}
	switch {
	case strings.HasSuffix(stem, "ова"):
		base := strings.TrimSuffix(stem, "ова")
		pres(base+"ует", base+"уют")
	case strings.HasSuffix(stem, "а"), strings.HasSuffix(stem, "я"):
		pres(stem+"ет", stem+"ют")
	}
	return out
}

// ruAsVerbs are the Russian verbs that report after "как" with their
// speaker after them: "Как сообщил X, C", "C, как отмечают эксперты".
var ruAsVerbs = set("сообщить", "заявить", "отметить", "сказать", "написать", "утверждать", "пояснить",
	"рассказать", "подчеркнуть", "уточнить", "указать", "считать", "полагать", "говорить", "добавить",
	"объяснить", "заметить", "напомнить", "признать", "сообщать", "отмечать", "заявлять", "писать",
	"подтвердить", "рассказывать", "объяснять", "указывать")

// asPhrases returns the "as X said" cues of a language whose verb comes
// before its speaker, as "according to" phrases: Russian "как" and a
// finite form ("как сообщило агентство", "как пишут СМИ"). The forms
// listed of "как" before are kept as they are.
func asPhrases(lang string, verbs []verbForms) []Entry {
	if lang != "ru" {
		return nil
	}
	var out []Entry
	for _, v := range verbs {
		if !ruAsVerbs[v.lemma] {
			continue
		}
		for _, f := range append(regular(lang, v.lemma), v.forms...) {
			if strings.Contains(f, " ") || participle(lang, f) {
				continue
			}
			out = append(out, Entry{Words: []string{"как", f}, Lemma: v.lemma, Type: According})
		}
	}
	return out
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// trRegular returns the forms of a Turkish verb that follow from its
// infinitive in -mak/-mek: the past of the third persons ("açıkladı",
// "açıkladılar"), the reported past and pluperfect ("açıklamış",
// "açıklamıştı"), the present ("açıklıyor", "açıklıyorlar") and the
// converb in -arak/-erek ("açıklayarak"), by vowel harmony; the
// auxiliary "etmek" softens before a vowel ("ifade ederek", "ifade
// ediyor").
func trRegular(lemma string) []string {
	stem, ok := strings.CutSuffix(lemma, "mak")
	if !ok {
		stem, ok = strings.CutSuffix(lemma, "mek")
	}
	if !ok || stem == "" {
		return nil
	}
	four, two := trHarmony(stem)
	vowelEnd := strings.ContainsRune("aeıioöuü", lastRune(stem))
	d := "d"
	if strings.ContainsRune("çfhkpsşt", lastRune(stem)) {
		d = "t"
	}
	lar := "lar"
	if two == "e" {
		lar = "ler"
	}
	past := stem + d + four
	mis := stem + "m" + four + "ş"
	soft := stem // the stem before a vowel
	if strings.HasSuffix(stem, "et") && (len(stem) == 2 || stem[len(stem)-3] == ' ' || strings.HasSuffix(stem, "det")) {
		soft = strings.TrimSuffix(stem, "t") + "d"
	}
	y := ""
	if vowelEnd {
		y = "y"
	}
	// the present drops a final vowel and takes the harmony of the vowel before
	pstem := soft
	if vowelEnd {
		pstem = strings.TrimSuffix(stem, string(lastRune(stem)))
	}
	pv, _ := trHarmony(pstem)
	pres := pstem + pv + "yor"
	if pv == "" {
		pres = pstem + "iyor"
	}
	return []string{past, past + lar, mis, mis + "t" + four, pres, pres + "lar", soft + y + two + "r" + two + "k", soft + y + two + "n"}
}

// trHarmony returns the vowels a Turkish suffix takes after stem: of four
// (ı, i, u, ü) and of two (a, e).
func trHarmony(stem string) (four, two string) {
	r := []rune(stem)
	for i := len(r) - 1; i >= 0; i-- {
		switch r[i] {
		case 'a', 'ı':
			return "ı", "a"
		case 'e', 'i':
			return "i", "e"
		case 'o', 'u':
			return "u", "a"
		case 'ö', 'ü':
			return "ü", "e"
		}
	}
	return "", "e"
}

func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

// deRegular returns the forms of a weak German verb that follow from its
// infinitive: the present and past of the third persons and the
// participle ("erläutert", "erläuterte", "erläuterten", "hat erläutert";
// "antwortet", "antwortete"), without "ge-" after an inseparable prefix
// or in -ieren ("bemängelt", "kritisiert"). Separable verbs ("mitteilen")
// and strong ones are listed in the table.
func deRegular(lemma string) []string {
	stem, ok := strings.CutSuffix(lemma, "en")
	if !ok {
		if stem, ok = strings.CutSuffix(lemma, "n"); !ok || !strings.HasSuffix(stem, "er") && !strings.HasSuffix(stem, "el") {
			return nil
		}
	}
	for _, p := range []string{"an", "auf", "aus", "ein", "mit", "zu", "hinzu", "fest", "bekannt", "hin", "vor", "zurück", "klar", "nach"} {
		if strings.HasPrefix(lemma, p) && !strings.HasPrefix(lemma, "antwort") && !strings.HasPrefix(lemma, "nachdenk") {
			return nil
		}
	}
	e := ""
	if strings.HasSuffix(stem, "t") || strings.HasSuffix(stem, "d") {
		e = "e" // "antwortet", "antwortete"
	}
	part := "ge" + stem + e + "t"
	if strings.HasSuffix(lemma, "ieren") {
		part = stem + "t"
	}
	for _, p := range []string{"be", "ver", "er", "ent", "zer", "emp", "miss", "ge", "wider", "hinter"} {
		if strings.HasPrefix(lemma, p) {
			part = stem + e + "t"
		}
	}
	return []string{stem + e + "t", stem + e + "te", stem + e + "ten", lemma, "hat " + part, "haben " + part, "hatte " + part, part}
}

// deParticiple reports whether a German form is a participle, alone or
// after its auxiliary ("gehofft", "hat gehofft"), which a verb of belief
// or hope ("hoffen", "vermuten") does not take from the rule: "hatten wir
// gehofft" reports no statement of its own.
func deParticiple(f string) bool {
	if _, rest, ok := strings.Cut(f, " "); ok {
		f = rest
	}
	return strings.HasPrefix(f, "ge") && strings.HasSuffix(f, "t")
}
