// Package settings is awsvet's one settings path. Every driver configures
// the rules through the analyzers' own flags:
//
//   - the standalone binary registers them on its command line
//     (-hardcodedkey=false, -presign.max=15m) with Register;
//   - go vet -vettool passes the same flags to unitchecker, which sets the
//     same flag.Values;
//   - the golangci-lint plugin decodes its YAML settings into Settings and
//     Apply turns them into those same flag arguments.
//
// So an option exists once, as an analyzer flag, and each driver only
// spells it differently.
//
// Analyzers are package-level values shared by the whole process, and so
// are their flag.Values. Apply is deterministic for that reason: it first
// resets every analyzer flag to its default, then sets the ones the
// settings name, so the result depends on the settings alone and not on
// what an earlier Apply or command line did in the same process.
package settings
