# A Debian host before the docker role ran: apt lists present, no Docker, python3 for Ansible and
# python3-apt, which Ansible's apt module installs itself on a first real run but cannot install
# in check mode.
FROM stackwatch/debian:bookworm
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-apt
