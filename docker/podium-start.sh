#!/bin/sh
# Starts Podium in a container. The cluster is configured by environment variables because the data grid
# starts before the application reads its MicroProfile Config (PODIUM_* keys are read by the app itself):
#   PODIUM_CLUSTER_MEMBERS  host:port list of all nodes' data grid addresses (TCP/IP discovery); unset = no cluster
#   PODIUM_CLUSTER_MODE     instead of the member list, any Payara Micro cluster mode, e.g. kubernetes:NAMESPACE:SERVICE
#   PODIUM_CLUSTER_NAME     cluster name; nodes join only clusters of their name (default podium)
#   PODIUM_CLUSTER_PORT     data grid port of this node (default 6900)
#   PODIUM_NODE_NAME        instance name in logs and in the data grid (default: the host name)
# Further Payara Micro options may follow as arguments.
set -eu
port="${PODIUM_HTTP_PORT:-8080}"
if [ -n "${PODIUM_CLUSTER_MODE:-}" ]; then
  cluster="--clustermode ${PODIUM_CLUSTER_MODE}"
elif [ -n "${PODIUM_CLUSTER_MEMBERS:-}" ]; then
  cluster="--clustermode tcpip:${PODIUM_CLUSTER_MEMBERS}"
else
  cluster="--nocluster"
fi
if [ "$cluster" != "--nocluster" ]; then
  cluster="$cluster --clustername ${PODIUM_CLUSTER_NAME:-podium} --startport ${PODIUM_CLUSTER_PORT:-6900}"
  cluster="$cluster --name ${PODIUM_NODE_NAME:-$(hostname)}"
fi
# Payara Micro's runtime directory (with the servlet temp directory, where form uploads wait) inside the data
# directory, one per node; what a killed run left there is removed now
rootdir="${PODIUM_DATA_DIR:-/var/lib/podium}/tmp/runtime-${PODIUM_NODE_NAME:-$(hostname)}"
rm -rf "$rootdir"
mkdir -p "$rootdir"
# production: /metrics and /openapi only over HTTPS on their own port, for ADMIN accounts (config/management-postboot.asadmin)
management=""
if [ "${PODIUM_PROFILE:-}" = "production" ]; then
  management="--sslport ${PODIUM_MANAGEMENT_PORT:-8181} --postbootcommandfile /opt/podium/management-postboot.asadmin"
fi
# shellcheck disable=SC2086 # the options are words on purpose
exec java ${JAVA_OPTS:--XX:MaxRAMPercentage=75} -jar /opt/podium/podium.jar --port "$port" --rootdir "$rootdir" $cluster $management "$@"
