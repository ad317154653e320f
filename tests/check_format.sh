#!/usr/bin/env bash
# Fails when a C++ file differs from what .clang-format asks for, naming the file.
set -u
root=$1
clang_format=${2:-clang-format}
cd "$root" || exit 1
status=0
while IFS= read -r file; do
    if ! "$clang_format" --dry-run -Werror "$file" >/dev/null 2>&1; then
        echo "format: $file differs from .clang-format (run: $clang_format -i $file)"
        status=1
    fi
done < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find core gis app tests bench -name '*.cpp' -o -name '*.h')
[ $status -eq 0 ] && echo "format: all files follow .clang-format"
exit $status
