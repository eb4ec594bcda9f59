"""Filters that expose the stack's input checks (plugins/module_utils/stackwatch_checks) to the
roles' preflight: one per role, taking a mapping of the variables it checks and returning the list
of problems, each naming the variable to fix; [] means the input is valid."""

try:
    from ansible_collections.stackwatch.stack.plugins.module_utils.stackwatch_checks import components
except ImportError:
    # Run from a checkout (ansible.cfg's filter_plugins), not from the installed collection: the
    # package sits beside this directory.
    import os
    import sys
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'module_utils'))
    from stackwatch_checks import components


class FilterModule:
    def filters(self):
        return {
            'stack_common_problems': components.stack_problems,
        }
