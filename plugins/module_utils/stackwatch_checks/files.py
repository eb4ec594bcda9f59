"""Which of the files a loop writes differ from what the host has.

A template or copy task costs two module runs per file even when nothing changed (stat, then
file for the attributes). The roles' loops instead read the directory once with
ansible.builtin.find (get_checksum: true) and hand the template or copy module only the files
that are missing or differ in content, owner, group or mode: a re-run makes one module call per
directory. A file the filter calls current is byte-identical with the right attributes, so
skipping it changes nothing the module would have changed.
"""
import hashlib
import os


def _same_account(wanted, found_id, found_name):
    """A user or group given as a number or a name, against what find reported."""
    wanted = str(wanted)
    return int(wanted) == found_id if wanted.isdigit() else wanted == found_name


def stack_files_to_write(wanted, found, root, owner, group, mode):
    """The keys of `wanted` whose file under `root` is missing or differs.

    wanted: {key: {path: relative to root, content: text}}; without content the path must be a
    directory. found: the `files` of an ansible.builtin.find of root (get_checksum: true, and
    file_type: any when directories are wanted). owner, group: names or numeric ids; mode: octal.
    """
    if not isinstance(wanted, dict) or not isinstance(found, list):
        raise ValueError("stack_files_to_write expects a dict of wanted files and find's files list")
    on_host = {os.path.relpath(entry["path"], root): entry for entry in found}
    stale = []
    for key, entry in wanted.items():
        current = on_host.get(entry["path"])
        is_directory = "content" not in entry
        if (
            current is None
            or current.get("isdir", False) != is_directory
            or int(current["mode"], 8) != int(str(mode), 8)
            or not _same_account(owner, current["uid"], current.get("pw_name"))
            or not _same_account(group, current["gid"], current.get("gr_name"))
            or (not is_directory and current.get("checksum") != hashlib.sha1(str(entry["content"]).encode("utf-8")).hexdigest())
        ):
            stale.append(key)
    return stale

