"""Biaozhu 标注: qualitative coding of Chinese policy documents."""

__version__ = "0.1.0"
APP_NAME = "Biaozhu"
