#!/usr/bin/env bash
# Makes one unlisted saved experiment for the load harness to open, in the embedded PostgreSQL of a running app:
#   bench/load/seed-experiment.sh BASE_URL DATA_DIR      e.g. http://localhost:18080 /tmp/lm-load
# Prints its slug. It runs the default deep-linear simulation over the API (so its record is in simulation_run),
# then copies that record into an experiment owned by a load-test account (no password can sign in to it).
set -euo pipefail
base=${1:?base url}
data=${2:?embedded PostgreSQL data directory (LEARNINGMECHANICS_DATA)}
curl -sf -o /dev/null "$base/api/simulations/deep-linear/run"
port=$(sed -n 4p "$data/postmaster.pid")
slug=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
psql -q -h localhost -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 >/dev/null <<SQL
insert into account (id, email, display_name, password_hash, role)
values ('00000000-0000-4000-8000-00000000100a', 'load-test@example.invalid', 'Load test', '{bcrypt}!disabled', 'LEARNER')
on conflict do nothing;
insert into experiment (slug, owner, simulation_id, simulation_version, parameters, seed, result, title, notes, visibility)
select '$slug', '00000000-0000-4000-8000-00000000100a', simulation_id, simulation_version, parameters, seed, result,
       'Load test: deep-linear defaults', 'Opened by bench/load.', 'unlisted'
from simulation_run where simulation_id = 'deep-linear' and seed = 1 order by created_at limit 1;
SQL
echo "$slug"
