#!/usr/bin/env bash
# Creates the Keycloak client of a partner province in the production realm (config/keycloak/drugctl-realm.prod.json
# ships none): a confidential client with the client-credentials grant only, whose service account has the realm
# role EXCHANGE_PARTNER and the unit attribute given here, and whose tokens carry the claims the platform reads
# (unit, roles, aud drugctl-api). The gateway and the services let such a token reach /exchange/** only.
#
# Usage:
#   read -rs -p 'admin password: ' KEYCLOAK_ADMIN_PASSWORD && export KEYCLOAK_ADMIN_PASSWORD
#   KEYCLOAK_URL=http://localhost:8080 KEYCLOAK_ADMIN=<admin user> \
#     config/keycloak/add-exchange-partner.sh exchange-partner-bn PARTNER-BN
#
# Prints the client secret on the last line of standard output: hand it to the partner over a secure channel.
# Rotate it later with `kcadm.sh create clients/<id>/client-secret -r drugctl`; revoke the partner by disabling
# the client. Needs kcadm.sh (in every Keycloak distribution and image under bin/; set KCADM to its path) and the
# admin's password in the environment (read it with `read -rs KEYCLOAK_ADMIN_PASSWORD`; kcadm.sh itself then gets
# it as an argument, visible to `ps` on this host for the second it takes to log in). Fails, changing nothing,
# when the client exists already (exit 1) or an argument is malformed (exit 2).
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 <client-id, e.g. exchange-partner-bn> <partner unit, e.g. PARTNER-BN>" >&2
  exit 2
fi
client_id="$1"
unit="$2"
realm="${REALM:-drugctl}"
kcadm="${KCADM:-kcadm.sh}"
: "${KEYCLOAK_URL:?KEYCLOAK_URL is not set (e.g. http://localhost:8080 through kubectl port-forward)}"
: "${KEYCLOAK_ADMIN:?KEYCLOAK_ADMIN is not set}"
: "${KEYCLOAK_ADMIN_PASSWORD:?KEYCLOAK_ADMIN_PASSWORD is not set}"
if [[ ! "$client_id" =~ ^[a-z0-9][a-z0-9-]{2,60}$ ]]; then
  echo "client id must be lower-case letters, digits and dashes: $client_id" >&2
  exit 2
fi
if [[ ! "$unit" =~ ^[A-Z0-9-]{2,40}$ ]]; then
  echo "unit must match ^[A-Z0-9-]{2,40}$ (the realm's user profile rule): $unit" >&2
  exit 2
fi

# kcadm keeps its session in a config file: use a private one, removed on exit
config="$(mktemp)"
trap 'rm -f "$config"' EXIT
kc() { "$kcadm" "$@" --config "$config"; }

kc config credentials --server "$KEYCLOAK_URL" --realm master --user "$KEYCLOAK_ADMIN" \
  --password "$KEYCLOAK_ADMIN_PASSWORD" >/dev/null

if [[ -n "$(kc get clients -r "$realm" -q clientId="$client_id" --fields id --format csv --noquotes)" ]]; then
  echo "client $client_id exists already in realm $realm; nothing changed" >&2
  exit 1
fi

id="$(kc create clients -r "$realm" -i -f - <<EOF
{
  "clientId": "$client_id",
  "description": "Partner province $unit: exchange API only (client credentials)",
  "enabled": true,
  "publicClient": false,
  "clientAuthenticatorType": "client-secret",
  "standardFlowEnabled": false,
  "implicitFlowEnabled": false,
  "directAccessGrantsEnabled": false,
  "serviceAccountsEnabled": true,
  "attributes": {
    "oauth2.device.authorization.grant.enabled": "false",
    "oidc.ciba.grant.enabled": "false"
  },
  "protocolMappers": [
    {
      "name": "unit",
      "protocol": "openid-connect",
      "protocolMapper": "oidc-usermodel-attribute-mapper",
      "config": {
        "user.attribute": "unit",
        "claim.name": "unit",
        "jsonType.label": "String",
        "access.token.claim": "true",
        "id.token.claim": "false",
        "userinfo.token.claim": "false",
        "introspection.token.claim": "true"
      }
    },
    {
      "name": "roles-flat",
      "protocol": "openid-connect",
      "protocolMapper": "oidc-usermodel-realm-role-mapper",
      "config": {
        "claim.name": "roles",
        "jsonType.label": "String",
        "multivalued": "true",
        "access.token.claim": "true",
        "introspection.token.claim": "true"
      }
    },
    {
      "name": "aud-drugctl-api",
      "protocol": "openid-connect",
      "protocolMapper": "oidc-audience-mapper",
      "config": {
        "included.custom.audience": "drugctl-api",
        "access.token.claim": "true",
        "introspection.token.claim": "true"
      }
    }
  ]
}
EOF
)"

account="$(kc get "clients/$id/service-account-user" -r "$realm" --fields id --format csv --noquotes)"
kc update "users/$account" -r "$realm" -s "attributes.unit=[\"$unit\"]"
kc add-roles -r "$realm" --uid "$account" --rolename EXCHANGE_PARTNER

echo "created client $client_id (unit $unit, role EXCHANGE_PARTNER) in realm $realm; its secret:" >&2
kc get "clients/$id/client-secret" -r "$realm" --fields value --format csv --noquotes
