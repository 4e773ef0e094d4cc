//! Claims: which mentions a fact-checker would check, and about what.
