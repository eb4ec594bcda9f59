"""What is wrong with the TLS certificate, key and CA of the web endpoints (stack_web_tls_*).

Preflight renders its messages before anything on a host changes, each naming the variable to
fix and never quoting the key. It parses the PEM values with the Python module cryptography,
which ansible-core itself depends on, so the controller always has it.
"""
import datetime
import re

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

PEM_CERTIFICATE = re.compile(r"-----BEGIN CERTIFICATE-----\s.*?-----END CERTIFICATE-----", re.S)
PEM_PRIVATE_KEY = re.compile(r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\s.*?-----END ([A-Z]+ )?PRIVATE KEY-----", re.S)


def _certificates(value, variable):
    """The certificates of a PEM value, or the message saying why there are none."""
    if not isinstance(value, str):
        return None, "%s must be a string of PEM certificates" % variable
    blocks = PEM_CERTIFICATE.findall(value)
    if not blocks:
        return None, "%s must hold PEM certificates (-----BEGIN CERTIFICATE-----)" % variable
    try:
        return [x509.load_pem_x509_certificate(block.encode()) for block in blocks], None
    except ValueError as error:
        return None, "%s holds a PEM block that is not a certificate: %s" % (variable, error)


def _private_key(value):
    """The private key of a PEM value, or a message that quotes nothing of it."""
    if not isinstance(value, str) or len(PEM_PRIVATE_KEY.findall(value)) != 1:
        return None, "stack_web_tls_key must hold one PEM private key (-----BEGIN PRIVATE KEY----- or RSA/EC PRIVATE KEY)"
    try:
        return serialization.load_pem_private_key(value.encode(), password=None), None
    except TypeError:
        return None, "stack_web_tls_key must not be encrypted (Prometheus and Alertmanager cannot read a passphrase)"
    except (ValueError, serialization.UnsupportedAlgorithm):
        return None, "stack_web_tls_key is not a readable PEM private key"


def _public_bytes(key):
    return key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)


def _signed_by(cert, issuer):
    """True when issuer's key made cert's signature (RSA PKCS#1 v1.5, ECDSA, Ed25519/Ed448)."""
    if cert.issuer != issuer.subject:
        return False
    key = issuer.public_key()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            key.verify(cert.signature, cert.tbs_certificate_bytes, padding.PKCS1v15(), cert.signature_hash_algorithm)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(cert.signature, cert.tbs_certificate_bytes, ec.ECDSA(cert.signature_hash_algorithm))
        else:
            key.verify(cert.signature, cert.tbs_certificate_bytes)
    except (InvalidSignature, TypeError, ValueError):
        return False
    return True


def _names(cert):
    """The DNS names and IP addresses of cert's subjectAltName, as strings."""
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [name.lower() for name in san.get_values_for_type(x509.DNSName)] + \
           [str(address) for address in san.get_values_for_type(x509.IPAddress)]


def web_tls_problems(cert, key, ca, names):
    """Messages for stack_web_tls_cert/key/ca; [] when TLS is off ("") or the three fit together.

    names: what the certificate must name (the stack's clients connect by these names).
    """
    if not (cert or key):
        return ["stack_web_tls_ca is set but stack_web_tls_cert and stack_web_tls_key are empty: "
                "set all of them (HTTPS) or none (HTTP)"] if ca else []
    if not cert:
        return ["stack_web_tls_key is set but stack_web_tls_cert is empty: set both (HTTPS) or neither (HTTP)"]
    if not key:
        return ["stack_web_tls_cert is set but stack_web_tls_key is empty: set both (HTTPS) or neither (HTTP)"]
    problems = []
    chain, problem = _certificates(cert, "stack_web_tls_cert")
    private_key, key_problem = _private_key(key)
    problems += [p for p in (problem, key_problem) if p]
    if chain and private_key and _public_bytes(chain[0].public_key()) != _public_bytes(private_key.public_key()):
        problems.append("stack_web_tls_key does not belong to stack_web_tls_cert (the first certificate, "
                        "the server's, holds another public key)")
    if not chain:
        return problems
    server = chain[0]
    now = datetime.datetime.utcnow()
    if server.not_valid_after < now:
        problems.append("stack_web_tls_cert expired on %s" % server.not_valid_after.isoformat())
    missing = [name for name in names if name.lower() not in _names(server)]
    if missing:
        problems.append("stack_web_tls_cert must name %s in its subjectAltName (the stack's own clients "
                        "connect by %s), it names %s" % (", ".join(missing), "these names" if len(missing) > 1 else "this name",
                                                          ", ".join(_names(server)) or "nothing"))
    if ca:
        anchors, problem = _certificates(ca, "stack_web_tls_ca")
        if problem:
            return problems + [problem]
    else:
        anchors = [server]
    # The last certificate of the chain must be signed by a CA certificate, or by itself when no
    # CA is given (a self-signed server certificate is its own CA).
    top = chain[-1]
    if not any(_signed_by(top, anchor) for anchor in anchors):
        problems.append(
            "stack_web_tls_ca does not hold the CA that signed stack_web_tls_cert (issuer %s)" % top.issuer.rfc4514_string()
            if ca else
            "stack_web_tls_cert is not self-signed (issuer %s): set stack_web_tls_ca to the CA certificate "
            "the stack's clients verify it with" % top.issuer.rfc4514_string())
    return problems

