"""The filter layer in front of the checks: vault-encrypted values reach a check decrypted."""
import importlib.util

import pytest
from conftest import REPO_ROOT

vault = pytest.importorskip('ansible.parsing.vault')
objects = pytest.importorskip('ansible.parsing.yaml.objects')
if not hasattr(objects, 'AnsibleVaultEncryptedUnicode'):
    pytest.skip('this ansible-core has no AnsibleVaultEncryptedUnicode', allow_module_level=True)

spec = importlib.util.spec_from_file_location('stack_checks', REPO_ROOT / 'plugins' / 'filter' / 'stack_checks.py')
stack_checks = importlib.util.module_from_spec(spec)
spec.loader.exec_module(stack_checks)


def encrypted(text):
    secret = vault.VaultSecret(b'unit-test-vault-password')
    return objects.AnsibleVaultEncryptedUnicode.from_plaintext(text, vault.VaultLib([('default', secret)]), secret)


def test_a_vaulted_value_is_not_a_str_until_decrypted():
    value = encrypted('a-long-grafana-password')
    assert not isinstance(value, str)
    assert stack_checks.decrypted(value) == 'a-long-grafana-password'
    assert type(stack_checks.decrypted(value)) is str


def test_vaulted_values_nested_in_mappings_and_lists_are_decrypted():
    inputs = {'users': {'stackwatch': encrypted('pw-1')}, 'hooks': [{'token': encrypted('pw-2')}], 'port': 9090}
    assert stack_checks.decrypted(inputs) == {'users': {'stackwatch': 'pw-1'}, 'hooks': [{'token': 'pw-2'}], 'port': 9090}


def test_every_filter_decrypts_before_checking():
    seen = []
    check = stack_checks.on_decrypted(lambda inputs: seen.append(inputs) or [])
    check({'grafana_admin_password': encrypted('a-long-grafana-password')})
    assert seen == [{'grafana_admin_password': 'a-long-grafana-password'}]
