package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// schemaPath is the JSON Schema of the output.
const schemaPath = "../../schema/attrib.schema.json"

// The validator below covers the subset of JSON Schema (draft 2020-12)
// that schema/attrib.schema.json uses: $ref to "#/$defs/NAME", type (a
// name or a list), properties, required, additionalProperties false,
// items, minItems, maxItems, enum, const, minimum and maximum. A keyword
// outside the subset fails the validation, so the file cannot grow a rule
// that is silently not checked.

type schemaValidator struct{ root map[string]any }

func loadSchema(t *testing.T) *schemaValidator {
	t.Helper()
	b, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var root map[string]any
	if err := json.Unmarshal(b, &root); err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	return &schemaValidator{root: root}
}

// validate checks the JSON text b against the definition def ("" for the
// schema's root) and returns the problems found.
func (v *schemaValidator) validate(b []byte, def string) []string {
	var x any
	if err := json.Unmarshal(b, &x); err != nil {
		return []string{err.Error()}
	}
	s := v.root
	if def != "" {
		s = map[string]any{"$ref": "#/$defs/" + def}
	}
	var errs []string
	v.check(s, x, "$", &errs)
	return errs
}

var schemaKeywords = map[string]bool{
	"$schema": true, "$id": true, "$defs": true, "title": true, "description": true,
	"$ref": true, "type": true, "properties": true, "required": true, "additionalProperties": true,
	"items": true, "minItems": true, "maxItems": true, "enum": true, "const": true,
	"minimum": true, "maximum": true,
}

func (v *schemaValidator) check(s map[string]any, x any, at string, errs *[]string) {
	fail := func(format string, args ...any) {
		*errs = append(*errs, at+": "+fmt.Sprintf(format, args...))
	}
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !schemaKeywords[k] {
			fail("schema keyword %q is not supported by the validator", k)
		}
	}
	if ref, ok := s["$ref"].(string); ok {
		name, found := strings.CutPrefix(ref, "#/$defs/")
		defs, _ := v.root["$defs"].(map[string]any)
		d, _ := defs[name].(map[string]any)
		if !found || d == nil {
			fail("unresolved $ref %q", ref)
			return
		}
		v.check(d, x, at, errs)
	}
	if t, ok := s["type"]; ok {
		var names []string
		switch t := t.(type) {
		case string:
			names = []string{t}
		case []any:
			for _, n := range t {
				names = append(names, fmt.Sprint(n))
			}
		}
		match := false
		for _, n := range names {
			match = match || hasType(x, n)
		}
		if !match {
			fail("%s is not of type %v", short(x), names)
			return
		}
	}
	if c, ok := s["const"]; ok && !jsonEqual(c, x) {
		fail("%s is not %v", short(x), c)
	}
	if e, ok := s["enum"].([]any); ok {
		in := false
		for _, c := range e {
			in = in || jsonEqual(c, x)
		}
		if !in {
			fail("%s is not one of %v", short(x), e)
		}
	}
	if f, ok := x.(float64); ok {
		if m, ok := s["minimum"].(float64); ok && f < m {
			fail("%v is below the minimum %v", f, m)
		}
		if m, ok := s["maximum"].(float64); ok && f > m {
			fail("%v is above the maximum %v", f, m)
		}
	}
	if obj, ok := x.(map[string]any); ok {
		props, _ := s["properties"].(map[string]any)
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, ok := obj[fmt.Sprint(r)]; !ok {
					fail("required %q missing", r)
				}
			}
		}
		names := make([]string, 0, len(obj))
		for k := range obj {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			if ps, ok := props[k].(map[string]any); ok {
				v.check(ps, obj[k], at+"."+k, errs)
			} else if ap, ok := s["additionalProperties"].(bool); ok && !ap {
				fail("property %q is not allowed", k)
			}
		}
	}
	if arr, ok := x.([]any); ok {
		if m, ok := s["minItems"].(float64); ok && float64(len(arr)) < m {
			fail("%d items, fewer than %v", len(arr), m)
		}
		if m, ok := s["maxItems"].(float64); ok && float64(len(arr)) > m {
			fail("%d items, more than %v", len(arr), m)
		}
		if is, ok := s["items"].(map[string]any); ok {
			for i, e := range arr {
				v.check(is, e, fmt.Sprintf("%s[%d]", at, i), errs)
			}
		}
	}
}

func hasType(x any, name string) bool {
	switch name {
	case "object":
		_, ok := x.(map[string]any)
		return ok
	case "array":
		_, ok := x.([]any)
		return ok
	case "string":
		_, ok := x.(string)
		return ok
	case "number":
		_, ok := x.(float64)
		return ok
	case "integer":
		f, ok := x.(float64)
		return ok && f == math.Trunc(f)
	case "boolean":
		_, ok := x.(bool)
		return ok
	case "null":
		return x == nil
	}
	return false
}

func jsonEqual(a, b any) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

func short(x any) string {
	b, _ := json.Marshal(x)
	if len(b) > 60 {
		return string(b[:60]) + "..."
	}
	return string(b)
}

// TestSchemaValidator checks that the validator finds what it must.
func TestSchemaValidator(t *testing.T) {
	v := loadSchema(t)
	good := `{"doc":"a","statements":[],"events":[],"boilerplate":[[0,3]],"supported":true,"schema_version":1}`
	if errs := v.validate([]byte(good), ""); len(errs) > 0 {
		t.Fatalf("valid record rejected: %v", errs)
	}
	for _, bad := range []string{
		`{"doc":"a","statements":[],"events":[],"boilerplate":[],"schema_version":1,"Doc":"x"}`,
		`{"doc":"a","statements":[],"events":[],"boilerplate":[]}`,
		`{"doc":"a","statements":[],"events":[],"boilerplate":[[0]],"schema_version":1}`,
		`{"doc":1,"statements":[],"events":[],"boilerplate":[],"schema_version":1}`,
		`{"doc":"a","statements":[{"id":"s1"}],"events":[],"boilerplate":[],"schema_version":1}`,
		`{"doc":"a","statements":[],"events":[],"boilerplate":[],"schema_version":2}`,
		`{"doc":"a","statements":[],"events":[],"boilerplate":[[-1,2]],"schema_version":1}`,
		`{"doc":"a","statements":[],"events":[],"boilerplate":[],"schema_version":1,"text_source":"pdf"}`,
	} {
		if errs := v.validate([]byte(bad), ""); len(errs) == 0 {
			t.Errorf("invalid record accepted: %s", bad)
		}
	}
}

// TestOutputMatchesSchema validates what extract and merge write, and the
// library's JSON, against schema/attrib.schema.json.
func TestOutputMatchesSchema(t *testing.T) {
	v := loadSchema(t)
	dir := t.TempDir()
	html := filepath.Join(dir, "page.html")
	os.WriteFile(html, []byte(`<html><body><article><h1>Talks</h1><p>"We are ready," the minister said on Tuesday.</p></article></body></html>`), 0o644)
	jl := writeJSONL(t,
		`{"id":"x","text":"The minister said the talks would resume.","published":"07/03/2024","lang":"en-US"}`,
		`{"id":"y","text":"Der Minister sagte, die Gespräche würden fortgesetzt.","lang":"de"}`,
		`{"id":"x","text":"A second document under the same id is an error."}`)
	args := append([]string{"extract", "-j", "2"}, seeds(t)...)
	args = append(args, html, jl)
	r := runAttrib(t, "", args...)
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(seeds(t))+4 || !strings.Contains(r.stdout, `"error":"duplicate document id`) {
		t.Fatalf("%d records, stderr:\n%s", len(lines), r.stderr)
	}
	for i, line := range lines {
		for _, e := range v.validate([]byte(line), "") {
			t.Errorf("record %d: %s", i+1, e)
		}
	}
	code, out, errs := runMerge(nil, seedDir)
	if code != 0 {
		t.Fatalf("merge: %d\n%s", code, errs)
	}
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		for _, e := range v.validate([]byte(line), "claim") {
			t.Errorf("claim %d: %s", i+1, e)
		}
	}
}
