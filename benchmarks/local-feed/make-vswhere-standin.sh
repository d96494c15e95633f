#!/usr/bin/env bash
# Rebuilds vswhere.2.8.4.nupkg in this folder: an EMPTY stand-in for the Windows-only `vswhere` 2.8.4 package
# that Microsoft.Recognizers.Text 1.8.13 declares as a dependency (see README.md here). The package holds only
# its manifest, no files. The zip is written with fixed timestamps and order so the output is byte-identical
# on every run: `git diff` after running this script shows nothing.
set -euo pipefail
cd "$(dirname "$0")"
python3 - <<'PY'
import zipfile

NUSPEC = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
  <metadata>
    <id>vswhere</id>
    <version>2.8.4</version>
    <authors>Byline contributors</authors>
    <license type="expression">MIT</license>
    <description>Empty local stand-in for the Windows-only vswhere 2.8.4 package, so that Microsoft.Recognizers.Text 1.8.13 restores for Byline's benchmark project. Contains no files and none of vswhere's code.</description>
  </metadata>
</package>
"""

CONTENT_TYPES = """<?xml version="1.0" encoding="utf-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="nuspec" ContentType="application/octet" />
</Types>
"""

FIXED = (2026, 1, 1, 0, 0, 0)
with zipfile.ZipFile("vswhere.2.8.4.nupkg", "w", zipfile.ZIP_STORED) as z:
    for name, text in (("vswhere.nuspec", NUSPEC), ("[Content_Types].xml", CONTENT_TYPES)):
        info = zipfile.ZipInfo(name, FIXED)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        z.writestr(info, text)
print("wrote vswhere.2.8.4.nupkg")
PY
