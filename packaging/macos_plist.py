"""The Info.plist entries of Biaozhu.app (used by biaozhu.spec; plain Python, tested directly).

They declare the ``.biaozhu`` file type (UTExportedTypeDeclarations) and Biaozhu as its owner
(CFBundleDocumentTypes), so Finder shows project files with the app's icon and a double-click
opens them: macOS then starts (or activates) the app and sends the file as a QFileOpenEvent,
which gui/app.py hands to the main window.
"""

from __future__ import annotations

BUNDLE_ID = "org.biaozhu.Biaozhu"
PROJECT_UTI = "org.biaozhu.project"
PROJECT_EXTENSION = "biaozhu"
ICON_FILE = "biaozhu.icns"  # BUNDLE copies the spec's icon into Contents/Resources by this name


def info_plist(version: str) -> dict:
    """The keys the spec adds to the BUNDLE's Info.plist."""
    return {
        "CFBundleDisplayName": "Biaozhu 标注",
        "CFBundleName": "Biaozhu",
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "CFBundleLocalizations": ["en", "zh_CN"],
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,  # Retina: Qt scales, nothing is drawn blurred
        "NSPrincipalClass": "NSApplication",
        "CFBundleDocumentTypes": [{
            "CFBundleTypeName": "Biaozhu project",
            "CFBundleTypeRole": "Editor",
            "LSHandlerRank": "Owner",
            "LSItemContentTypes": [PROJECT_UTI],
            "CFBundleTypeIconFile": ICON_FILE,
        }],
        "UTExportedTypeDeclarations": [{
            "UTTypeIdentifier": PROJECT_UTI,
            "UTTypeDescription": "Biaozhu project",
            "UTTypeConformsTo": ["public.data", "public.database"],
            "UTTypeIconFile": ICON_FILE,
            "UTTypeTagSpecification": {"public.filename-extension": [PROJECT_EXTENSION]},
        }],
    }
