#!/usr/bin/env bash
# Creates the test domain once, on its own port base, so tests never touch ./crm start's server.
set -euo pipefail
payara_home="$1" domain="$2" portbase="$3" database_dir="$4" inbox_dir="$5"
# Every run starts from an empty database and inbox: the migrations and demo data load afresh.
rm -rf "$database_dir" "$inbox_dir"
chmod +x "$payara_home"/bin/* "$payara_home"/glassfish/bin/*
if [ ! -d "$payara_home/glassfish/domains/$domain" ]; then
    "$payara_home/bin/asadmin" create-domain --nopassword --portbase "$portbase" "$domain"
fi
