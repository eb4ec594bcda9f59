# A Debian host before the docker role ran: apt lists present, no Docker, python3 for Ansible and
# python3-apt, which Ansible's apt module installs itself on a first real run but cannot install
# in check mode. BASE_IMAGE: images/build's Debian base (tests/docker_role/run passes it).
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends python3 python3-apt
