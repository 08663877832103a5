#!/usr/bin/env bash
# `npm test`'s lint and type checks, side by side: each mostly uses one core. Both run to the end; either failing
# fails the whole.
set -u
npm run --silent lint &
lint=$!
npm run --silent typecheck
typecheck=$?
wait "$lint"
lint=$?
exit $((lint || typecheck))
