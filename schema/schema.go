// Package schema holds the JSON Schema of attrib's JSON form
// (attrib.schema.json beside this file), embedded for programs that serve
// or check it.
package schema

import _ "embed"

// JSON is the JSON Schema of the records and claims, as in
// schema/attrib.schema.json.
//
//go:embed attrib.schema.json
var JSON []byte
