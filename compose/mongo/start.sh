#!/usr/bin/env bash
# Starts the MongoDB of docker-compose.yml with the mongod command line given as arguments (the compose file's
# command: a single-member replica set rs0, which the services need for change streams and retryable writes, with
# access control on, --auth, and a keyfile for member authentication), then runs init-users.js, which initiates
# the replica set and creates or updates the users from the environment.
#
# The keyfile is written from MONGO_REPLICA_SET_KEY at every start into the container's own file system (never into
# the data volume, never into the repository). No secret is in this file: see .env.example.
# The health check of docker-compose.yml reports healthy once init-users.js has finished (marker file) and this
# member is the writable primary.
set -euo pipefail

: "${MONGO_ROOT_PASSWORD:?MONGO_ROOT_PASSWORD is not set (see .env.example)}"
: "${MONGO_REPLICA_SET_KEY:?MONGO_REPLICA_SET_KEY is not set (see .env.example)}"
if [[ ! "$MONGO_REPLICA_SET_KEY" =~ ^[A-Za-z0-9+/=]{32,1024}$ ]]; then
  echo "drugctl mongo: MONGO_REPLICA_SET_KEY must be 32 to 1024 base64 characters (openssl rand -hex 64)" >&2
  exit 1
fi

keyfile=/tmp/drugctl-mongo-keyfile
ready=/tmp/drugctl-mongo-ready
rm -f "$ready"
umask 077
printf '%s' "$MONGO_REPLICA_SET_KEY" > "$keyfile"
chown mongodb:mongodb "$keyfile"
chmod 400 "$keyfile"

# the compose file's command, e.g. mongod --replSet rs0 --bind_ip_all --auth --keyFile /tmp/drugctl-mongo-keyfile;
# the image's entry point drops to the mongodb user and execs it
if [[ $# -eq 0 || "$1" != mongod ]]; then
  echo "drugctl mongo: expected the mongod command line as arguments, got: $*" >&2
  exit 1
fi
docker-entrypoint.sh "$@" &
mongod_pid=$!
trap 'kill -TERM "$mongod_pid" 2>/dev/null || true' TERM INT

# ping needs no authentication; wait for mongod to accept connections on the loopback interface
until mongosh --quiet --host 127.0.0.1 --eval 'db.adminCommand({ ping: 1 }).ok' > /dev/null 2>&1; do
  if ! kill -0 "$mongod_pid" 2> /dev/null; then
    echo "drugctl mongo: mongod exited during start-up" >&2
    wait "$mongod_pid"
    exit 1
  fi
  sleep 1
done

# the passwords reach the script through the environment (process.env), never through the command line
if ! mongosh --quiet --host 127.0.0.1 /opt/drugctl/init-users.js; then
  echo "drugctl mongo: init-users.js failed; stopping" >&2
  kill -TERM "$mongod_pid"
  wait "$mongod_pid" || true
  exit 1
fi
touch "$ready"

status=0
wait "$mongod_pid" || status=$?
if kill -0 "$mongod_pid" 2> /dev/null; then
  # woken by a signal: let mongod finish its clean shutdown before this script (PID 1) exits
  wait "$mongod_pid" || status=$?
fi
exit "$status"
