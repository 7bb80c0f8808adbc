package attrib

import "testing"

// checkRoles parses text and checks, for each statement, the text of its
// speaker mention and of its content spans.
func checkRoles(t *testing.T, text string, want [][2]string) {
	t.Helper()
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := d.Statements()
	if len(got) != len(want) {
		t.Fatalf("%d statements, want %d:\n%s", len(got), len(want), dumpDoc(d))
	}
	for i, w := range want {
		m := got[i].Speaker.Mention
		var content string
		for j, sp := range got[i].Content.Spans {
			if j > 0 {
				content += " | "
			}
			content += text[sp.Start:sp.End]
		}
		if text[m.Start:m.End] != w[0] || content != w[1] {
			t.Errorf("statement %d: speaker %q content %q, want %q %q", i+1, text[m.Start:m.End], content, w[0], w[1])
		}
	}
}

// A verb coordinated with the cue ends the content and shares the cue's
// subject.
func TestCoordinatedVerbEndsContent(t *testing.T) {
	checkRoles(t, "The governor touted her record on schools and attacked her rival on taxes.",
		[][2]string{{"The governor", "her record on schools"}})
	checkRoles(t, "The senator criticized the bill and voted against it on Friday.",
		[][2]string{{"The senator", "the bill"}})
}

// A cue coordinated with an earlier verb, or a participle hanging on one,
// takes that verb's subject as its speaker mention.
func TestSharedSubjectMention(t *testing.T) {
	checkRoles(t, "The board met on Tuesday and said it would close the school in June.",
		[][2]string{{"The board", "it would close the school in June"}})
	checkRoles(t, "The minister visited the flooded town and promised that the dams would be repaired by winter.",
		[][2]string{{"The minister", "that the dams would be repaired by winter"}})
	checkRoles(t, "Ms. Ortega left the hall early, saying the vote had been rigged.",
		[][2]string{{"Ms. Ortega", "the vote had been rigged"}})
}
