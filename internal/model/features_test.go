package model

import "testing"

func TestShapeHash(t *testing.T) {
	for _, s := range []string{"Hello", "U.S.", "1,000", "abc-def", "“", "—", "", "Xxxxxxxxxxxxxxxx-1a-B2c-d", "naïve"} {
		if shapeHash(s) != hashString(shape(s)) {
			t.Errorf("%q: %q", s, shape(s))
		}
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"said", "say"}, {"says", "say"}, {"saying", "say"}, {"told", "tell"},
		{"claimed", "claim"}, {"claims", "claim"}, {"denies", "deny"}, {"denied", "deny"},
		{"pushes", "push"}, {"press", "press"}, {"bus", "bus"}, {"say", "say"},
	}
	for _, tc := range tests {
		if got := stem(tc.in); got != tc.want {
			t.Errorf("stem(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
