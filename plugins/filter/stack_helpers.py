"""Filters the roles render with (not checks): the merged component table and the validate
commands, bcrypt hashes for the web config, the files a loop must write, the addresses a
component is reached at and the file_sd target groups built from them. Logic in
plugins/module_utils/stackwatch_checks."""

from ansible.errors import AnsibleFilterError

try:
    from ansible_collections.stackwatch.stack.plugins.module_utils.stackwatch_checks import (
        components, files, targets, validate, web_password)
except ImportError:
    # Run from a checkout (ansible.cfg's filter_plugins), not from the installed collection.
    import os
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'module_utils'))
    from stackwatch_checks import components, files, targets, validate, web_password


def _filter_error(function):
    """function, whose ValueError Ansible reports as the filter's error."""
    def wrapped(*args):
        try:
            return function(*args)
        except ValueError as error:
            raise AnsibleFilterError(str(error)) from error
    return wrapped


class FilterModule:
    def filters(self):
        return {
            'stack_bcrypt': _filter_error(web_password.stack_bcrypt),
            'stack_component_table': _filter_error(components.component_table),
            'stack_validate_commands': _filter_error(validate.validate_commands),
            'stack_files_to_write': _filter_error(files.stack_files_to_write),
            'stack_targets': _filter_error(targets.stack_targets),
            'stack_scrape_target_groups': _filter_error(targets.scrape_target_groups),
            'stack_probe_target_groups': _filter_error(targets.probe_target_groups),
        }
