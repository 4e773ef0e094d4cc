//! Conformance against other engines' test suites (`../shared/peer-specs`).
