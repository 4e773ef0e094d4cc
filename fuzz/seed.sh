#!/bin/sh
# Seeds the fuzz corpora from the test fixtures; run from the project root.
set -eu
mkdir -p fuzz/corpus/article fuzz/corpus/claims_file fuzz/corpus/update_splice
cp tests/fixtures/gold/*.txt tests/fixtures/html/*.html examples/articles/*.txt fuzz/corpus/article/
cp tests/fixtures/gold/*.gold.yaml tests/fixtures/broken/*.yaml fuzz/corpus/claims_file/
for case in tests/fixtures/update/*.in; do
    name=$(basename "$case" .in)
    cp "$case/claims.yaml" "fuzz/corpus/claims_file/$name.yaml"
    for article in "$case"/*.txt; do
        {
            cat "$case/claims.yaml"
            printf '\000'
            cat "$article"
        } > "fuzz/corpus/update_splice/$name-$(basename "$article" .txt)"
    done
done
