#!/usr/bin/env bash
# Starts the single-node KRaft broker of docker-compose.yml with SASL/SCRAM-SHA-512 on its client listener.
#
# - Clients (the services) connect to SASL_PLAINTEXT://kafka:9092 with their own SCRAM user; there is no
#   unauthenticated listener on the compose network. The traffic stays on the compose network (not published);
#   k8s/ uses TLS as well (Strimzi).
# - The KRaft controller listener is bound to the container's loopback only.
# - SCRAM users (admin for the broker itself, one per service) are written into the metadata when the storage is
#   formatted, i.e. on the first start with an empty volume. To change a password later:
#     docker compose exec kafka /opt/kafka/bin/kafka-configs.sh --bootstrap-server kafka:9092 \
#       --command-config /opt/kafka/config/drugctl-admin.properties --alter --entity-type users \
#       --entity-name registry --add-config 'SCRAM-SHA-512=[password=NEW]'
# - No secret is in this file: the passwords come from the environment (.env, see .env.example). Use passwords
#   of letters and digits only (openssl rand -hex 32): they go into a JAAS line and a --add-scram argument.
set -euo pipefail

KAFKA_HOME="${KAFKA_HOME:-/opt/kafka}"
DATA_DIR="${DRUGCTL_KAFKA_DATA_DIR:-/var/lib/kafka/data}"
CONFIG_DIR="${DRUGCTL_KAFKA_CONFIG_DIR:-$KAFKA_HOME/config}"
ADVERTISED_HOST="${DRUGCTL_KAFKA_ADVERTISED_HOST:-kafka}"
CLIENT_PORT="${DRUGCTL_KAFKA_CLIENT_PORT:-9092}"
CONTROLLER_PORT="${DRUGCTL_KAFKA_CONTROLLER_PORT:-9093}"

for var in KAFKA_ADMIN_PASSWORD KAFKA_REGISTRY_PASSWORD KAFKA_HOTSPOT_PASSWORD KAFKA_REPORTING_PASSWORD; do
  if [[ -z "${!var:-}" ]]; then
    echo "drugctl kafka: $var is not set (see .env.example)" >&2
    exit 1
  fi
  if [[ ! "${!var}" =~ ^[A-Za-z0-9]+$ ]]; then
    echo "drugctl kafka: $var must contain letters and digits only (openssl rand -hex 32)" >&2
    exit 1
  fi
done

server_properties="$CONFIG_DIR/drugctl-server.properties"
admin_properties="$CONFIG_DIR/drugctl-admin.properties"
scram_login='org.apache.kafka.common.security.scram.ScramLoginModule required'

umask 077
cat > "$server_properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=localhost:$CONTROLLER_PORT
controller.listener.names=CONTROLLER
listeners=SASL_PLAINTEXT://:$CLIENT_PORT,CONTROLLER://localhost:$CONTROLLER_PORT
advertised.listeners=SASL_PLAINTEXT://$ADVERTISED_HOST:$CLIENT_PORT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=$scram_login username="admin" password="$KAFKA_ADMIN_PASSWORD";
log.dirs=$DATA_DIR
num.partitions=6
auto.create.topics.enable=true
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF

cat > "$admin_properties" <<EOF
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=$scram_login username="admin" password="$KAFKA_ADMIN_PASSWORD";
EOF

# Format once: an existing volume keeps its cluster id and its users (formatting it again with a new cluster id
# would fail)
if [[ ! -f "$DATA_DIR/meta.properties" ]]; then
  "$KAFKA_HOME/bin/kafka-storage.sh" format --standalone \
    --cluster-id "$("$KAFKA_HOME/bin/kafka-storage.sh" random-uuid)" \
    --config "$server_properties" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$KAFKA_ADMIN_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=registry,password=$KAFKA_REGISTRY_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=hotspot,password=$KAFKA_HOTSPOT_PASSWORD]" \
    --add-scram "SCRAM-SHA-512=[name=reporting,password=$KAFKA_REPORTING_PASSWORD]"
fi

exec "$KAFKA_HOME/bin/kafka-server-start.sh" "$server_properties"
