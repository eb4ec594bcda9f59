"""The bcrypt hash Prometheus's and Alertmanager's web config files want.

The salt is derived from a seed (host, component, user), not drawn at random, so the same
password gives the same hash on every run and the file changes only when the password does
(second run changed=0). Ansible's own password_hash('bcrypt') needs passlib, which Debian's
ansible does not pull in; this uses the bcrypt module when present, else the C library's crypt.
"""
import hashlib
import warnings

COST = 10


def stack_bcrypt(password, seed):
    if not isinstance(password, str) or not password:
        raise ValueError("stack_bcrypt: the password must be a non-empty string")
    # 21 hex digits (all in bcrypt's alphabet) and a last character whose unused low bits are 0.
    salt = hashlib.sha256(str(seed).encode()).hexdigest()[:21] + "e"
    setting = "$2b$%02d$%s" % (COST, salt)
    try:
        import bcrypt
        return bcrypt.hashpw(password.encode(), setting.encode()).decode()
    except ImportError:
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            import crypt
        except ImportError:
            crypt = None
    hashed = crypt.crypt(password, setting) if crypt else None
    if not hashed or not hashed.startswith(setting):
        raise ValueError(
            "stack_bcrypt: no bcrypt on the controller: install the Python module bcrypt (Debian: python3-bcrypt)")
    return hashed

