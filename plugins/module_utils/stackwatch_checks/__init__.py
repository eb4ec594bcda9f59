# The stack's input checks: one parser per kind of value (parsers.py) and, per area, small
# functions that return the messages for one input, each naming the variable to fix. Plain Python
# (no Ansible import), so pytest runs them in tests/unit without a playbook.
