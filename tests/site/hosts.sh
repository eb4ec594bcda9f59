# Systemd hosts as containers, for tests/site, tests/vagrant and bench/provisioning (sourced, with
# REPO_ROOT set). Each host is a Debian root made by debootstrap (systemd as PID 1, sshd, sudo,
# python3, a user `deploy` with passwordless sudo), booted with the flags of ../shared/sandbox.md
# (this machine refuses --privileged), its /var/lib/docker on a volume of its own so the docker
# role's dockerd runs overlay2; `docker stop` sends SIGRTMIN+3, systemd's signal to shut down.
# Hosts carry the label org.stackwatch.site-host, never org.stackwatch.component (./stackwatch
# removes those), and live on their own Docker network.
# shellcheck shell=bash

SITE_IMAGE_REPOSITORY=stackwatch-site/host
SITE_HOST_LABEL=org.stackwatch.site-host
SITE_HASH_LABEL=org.stackwatch.build-hash
SITE_NETWORK=${SITE_NETWORK:-stackwatch-site}
# Outside Docker's default address pools (172.17-31.x, 192.168.x): a host's own dockerd takes its
# networks from those pools, and one matching this network would cut the host off from it.
SITE_SUBNET=${SITE_SUBNET:-10.213.18.0/24}
SITE_PACKAGES=systemd,systemd-sysv,dbus,openssh-server,sudo,python3
SITE_USER=deploy
# Debian release of each suite a host may run (the hosts' names say which).
declare -A SITE_SUITE_VERSION=([bookworm]=12 [trixie]=13)

site_log() { printf '%s site: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

# site_mirror: the Debian mirror this machine's apt uses (its deb822 sources), else deb.debian.org.
site_mirror() {
  awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null | grep . ||
    echo http://deb.debian.org/debian
}

# site_image SUITE: the image name of a host of that Debian suite.
site_image() { echo "$SITE_IMAGE_REPOSITORY:$1"; }

# site_image_ready SUITE: site_build_image under a lock, so a build started earlier in the
# background (./stackwatch test starts one beside images/build) is waited for, not repeated.
site_image_ready() {
  local lock_fd rc=0
  exec {lock_fd}>"/var/lock/stackwatch-site-image-$1.lock"
  flock "$lock_fd"
  site_build_image "$1" || rc=$?
  exec {lock_fd}>&-
  return "$rc"
}

# site_build_image SUITE: debootstraps the host root of SUITE and imports it, unless an image
# built from the same inputs (mirror, packages, these steps) is there already.
site_build_image() {
  local suite=$1 image hash root mirror
  image=$(site_image "$suite")
  mirror=$(site_mirror)
  hash=$( { echo "$suite $mirror $SITE_PACKAGES $SITE_USER"; declare -f site_build_image site_configure_root; } |
    sha256sum | cut -d' ' -f1)
  if [[ $(docker image inspect -f "{{ index .Config.Labels \"$SITE_HASH_LABEL\" }}" "$image" 2>/dev/null) == "$hash" ]]; then
    site_log "$image: up to date"; return 0
  fi
  root=$(mktemp -d "/var/tmp/stackwatch-site-$suite.XXXXXX")
  site_log "$image: debootstrap $suite from $mirror"
  if ! debootstrap --variant=minbase --include="$SITE_PACKAGES" "$suite" "$root" "$mirror" >"$root.log" 2>&1; then
    tail -n 20 "$root.log" >&2; rm -rf "$root"
    echo "debootstrap of $suite failed (log: $root.log)" >&2; return 1
  fi
  rm -f "$root.log"
  site_configure_root "$root" "$suite" "$mirror"
  tar -C "$root" --numeric-owner -c . |
    docker import --change 'CMD ["/sbin/init"]' --change "LABEL $SITE_HASH_LABEL=$hash" - "$image" >/dev/null
  rm -rf "$root"
  site_log "$image: built"
}

# site_configure_root ROOT SUITE MIRROR: what a freshly installed server has beyond debootstrap.
site_configure_root() {
  local root=$1 suite=$2 mirror=$3
  rm -f "$root/etc/apt/sources.list"
  printf 'Types: deb\nURIs: %s\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
    "$mirror" "$suite" >"$root/etc/apt/sources.list.d/debian.sources"
  chroot "$root" useradd --create-home --shell /bin/bash "$SITE_USER"
  echo "$SITE_USER ALL=(ALL) NOPASSWD: ALL" >"$root/etc/sudoers.d/$SITE_USER"
  chmod 0440 "$root/etc/sudoers.d/$SITE_USER"
  # Each host makes its own SSH host keys at first boot instead of sharing the image's.
  rm -f "$root"/etc/ssh/ssh_host_*
  mkdir -p "$root/etc/systemd/system/ssh.service.d"
  printf '[Service]\nExecStartPre=\nExecStartPre=/usr/bin/ssh-keygen -A\nExecStartPre=/usr/sbin/sshd -t\n' \
    >"$root/etc/systemd/system/ssh.service.d/host-keys.conf"
  # No console in a container: a getty there only restarts forever.
  ln -sf /dev/null "$root/etc/systemd/system/getty@tty1.service"
  ln -sf /dev/null "$root/etc/systemd/system/console-getty.service"
  : >"$root/etc/hostname"; : >"$root/etc/resolv.conf"
  rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
}

# site_network: creates the hosts' network (fixed subnet, so hosts keep their addresses).
site_network() {
  docker network inspect "$SITE_NETWORK" >/dev/null 2>&1 ||
    docker network create --driver bridge --subnet "$SITE_SUBNET" --gateway "$(site_gateway)" \
      --label "$SITE_HOST_LABEL=$SITE_NETWORK" "$SITE_NETWORK" >/dev/null
}
# This machine on the network (a /24's first address).
site_gateway() { echo "${SITE_SUBNET%.*/*}.1"; }

# site_address N: the fixed address of host number N (1..200) on the network.
site_address() { echo "${SITE_SUBNET%.*/*}.$((10 + $1))"; }

# site_start_host NAME SUITE N PUBLIC_KEY_FILE [DOCKER_RUN_OPTION...]: boots host container NAME
# from SUITE's image at address N, with PUBLIC_KEY_FILE authorized for deploy.
site_start_host() {
  local name=$1 suite=$2 number=$3 key=$4; shift 4
  docker volume create --label "$SITE_HOST_LABEL=$SITE_NETWORK" "$name-docker" >/dev/null
  docker create --name "$name" --hostname "$name" --label "$SITE_HOST_LABEL=$SITE_NETWORK" \
    --network "$SITE_NETWORK" --ip "$(site_address "$number")" \
    --cap-add=ALL --cap-drop=SYS_RESOURCE --security-opt seccomp=unconfined \
    --security-opt apparmor=unconfined --security-opt systempaths=unconfined \
    --device-cgroup-rule='a *:* rwm' -v /sys/fs/cgroup:/sys/fs/cgroup:rw --tmpfs /run --tmpfs /run/lock \
    -e container=docker -v "$name-docker:/var/lib/docker" --stop-signal SIGRTMIN+3 \
    "$@" "$(site_image "$suite")" /sbin/init >/dev/null
  # Not into /tmp: systemd mounts a tmpfs over it.
  docker cp "$key" "$name:/home/$SITE_USER/authorized_keys" >/dev/null
  docker start "$name" >/dev/null
  docker exec "$name" bash -c "install -d -m 0700 -o $SITE_USER -g $SITE_USER /home/$SITE_USER/.ssh &&
    install -m 0600 -o $SITE_USER -g $SITE_USER /home/$SITE_USER/authorized_keys /home/$SITE_USER/.ssh/ &&
    rm /home/$SITE_USER/authorized_keys"
}

# site_ssh_ready ADDRESS KEY KNOWN_HOSTS: deploy logs in over SSH and sudo works without a password.
site_ssh_ready() {
  ssh -i "$2" -o BatchMode=yes -o ConnectTimeout=3 -o StrictHostKeyChecking=accept-new \
    -o UserKnownHostsFile="$3" "$SITE_USER@$1" sudo -n true
}

# site_remove_hosts: removes the hosts of $SITE_NETWORK, their docker volumes and the network;
# only objects carrying the site-host label with that network's name are touched.
site_remove_hosts() {
  local filter="label=$SITE_HOST_LABEL=$SITE_NETWORK" containers volumes
  mapfile -t containers < <(docker ps -aq --filter "$filter")
  ((${#containers[@]} == 0)) || docker rm -f "${containers[@]}" >/dev/null
  mapfile -t volumes < <(docker volume ls -q --filter "$filter")
  ((${#volumes[@]} == 0)) || docker volume rm "${volumes[@]}" >/dev/null
  docker network rm "$SITE_NETWORK" >/dev/null 2>&1 || true
}

# site_ssh_vars INVENTORY KEY KNOWN_HOSTS: group_vars telling Ansible this run's key and known_hosts.
site_ssh_vars() {
  printf 'ansible_ssh_private_key_file: %s\nansible_ssh_common_args: -o UserKnownHostsFile=%s -o StrictHostKeyChecking=yes\n' \
    "$2" "$3" >"$1/group_vars/all/ssh.yml"
}

# site_hosts_yml MONITORING_HOST APP_HOST... : a hosts.yml (host=address pairs) with the connection
# variables of inventory/production.example.
site_hosts_yml() {
  local connection entry
  connection=$(ansible-inventory -i "$REPO_ROOT/inventory/production.example" --list |
    jq -c '._meta.hostvars | to_entries[0].value | {ansible_user, ansible_become, ansible_python_interpreter}')
  printf 'all:\n  vars: %s\n  children:\n    monitoring:\n      hosts:\n        %s: {ansible_host: %s}\n    app:\n      hosts:\n' \
    "$connection" "${1%=*}" "${1#*=}"
  shift
  for entry in "$@"; do printf '        %s: {ansible_host: %s}\n' "${entry%=*}" "${entry#*=}"; done
}
