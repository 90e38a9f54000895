#!/usr/bin/env bash
# Starts the Elasticsearch of docker-compose.yml with security on (xpack.security.enabled=true in the compose file):
# the built-in elastic user gets ELASTIC_PASSWORD (the image's own bootstrap), and registry-service gets a file-realm
# user of its own, drugctl-registry, with the role drugctl_registry of roles.yml (its indexes only), recreated at
# every start from ES_REGISTRY_PASSWORD so that .env stays the one place where passwords are kept.
# HTTP is plain inside the compose network (not published); k8s/ uses TLS (ECK). No secret is in this file.
set -euo pipefail

: "${ELASTIC_PASSWORD:?ELASTIC_PASSWORD is not set (see .env.example)}"
: "${ES_REGISTRY_PASSWORD:?ES_REGISTRY_PASSWORD is not set (see .env.example)}"
if [[ ${#ES_REGISTRY_PASSWORD} -lt 16 ]]; then
  echo "drugctl elasticsearch: ES_REGISTRY_PASSWORD must have at least 16 characters (openssl rand -hex 32)" >&2
  exit 1
fi

home=/usr/share/elasticsearch
# the image ships config/roles.yml owned by root; the config folder itself belongs to the elasticsearch user
rm -f "$home/config/roles.yml"
cp /opt/drugctl/roles.yml "$home/config/roles.yml"
"$home/bin/elasticsearch-users" userdel drugctl-registry > /dev/null 2>&1 || true
"$home/bin/elasticsearch-users" useradd drugctl-registry -p "$ES_REGISTRY_PASSWORD" -r drugctl_registry
unset ES_REGISTRY_PASSWORD

exec /usr/local/bin/docker-entrypoint.sh eswrapper
