"""`validate:` commands for the template module: each checks the candidate file (%s, passed to sh
as $1) with the tool inside the component's own image, so the version that will run the file
judges it. The live config directory is mounted read-only so that the files it references
resolve. The checking container has no network and no capabilities; it runs as root (owner of the
candidate, which Ansible writes 0600) in the component's group (reader of the 0640 live files)."""

from shlex import quote

RUN_TOOL = ("sh -c 'candidate=$1 group=$2 live_dir=$3 mount_dir=$4 tool=$5 image=$6; shift 6; exec docker run --rm"
            " --network none --cap-drop ALL --security-opt no-new-privileges --user \"0:$group\""
            " --volume \"$candidate:/stackwatch-candidate:ro\" --volume \"$live_dir:$mount_dir:ro\" --entrypoint \"$tool\""
            " \"$image\" \"$@\"' validate %s")
# name -> (component whose files and group, tool, arguments, component whose image runs the tool)
CHECKS = {
    'prometheus_config': ('prometheus', '/bin/promtool', 'check config /stackwatch-candidate', 'prometheus'),
    'prometheus_rules': ('prometheus', '/bin/promtool', 'check rules /stackwatch-candidate', 'prometheus'),
    'prometheus_web': ('prometheus', '/bin/promtool', 'check web-config /stackwatch-candidate', 'prometheus'),
    # amtool has no check of web configs: promtool checks Alertmanager's, with its directory
    # mounted where Alertmanager sees it (the certificate file the config names is loaded).
    'alertmanager_web': ('alertmanager', '/bin/promtool', 'check web-config /stackwatch-candidate', 'prometheus'),
    'alertmanager_config': ('alertmanager', '/bin/amtool', 'check-config /stackwatch-candidate', 'alertmanager'),
    'blackbox_exporter_config': ('blackbox_exporter', '/bin/blackbox_exporter', '--config.check --config.file=/stackwatch-candidate',
                                 'blackbox_exporter'),
    'orders_config': ('orders', 'java', '-jar /opt/orders/orders.jar check /stackwatch-candidate', 'orders'),
}


def validate_commands(stack, config_root):
    """name -> the validate command, for the component table `stack` (with image_ref)."""
    commands = {}
    for name, (component, tool, args, image_of) in CHECKS.items():
        c = stack[component]
        commands[name] = ' '.join([RUN_TOOL, quote(c['user'].split(':')[-1]), quote('%s/%s' % (config_root, component)),
                                   quote(c['config_dir']), quote(tool), quote(stack[image_of]['image_ref']), args])
    return commands
