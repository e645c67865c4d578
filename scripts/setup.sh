#!/usr/bin/env bash
# One command for a fresh Debian/Ubuntu machine: installs what it lacks (Chromium for the
# PDF, CJK fonts, poppler-utils, mupdf-tools and LibreOffice for the tests, npm packages, compiled to dist/), then builds the bundled
# example into out/. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
# TrueType (glyf) CJK faces for each role, which Chromium embeds in the PDF as named fonts:
# 宋/小标宋 AR PL SungtiL GB, 仿宋 AR PL UMing CN (the nearest: Debian has no TrueType 仿宋),
# 黑 WenQuanYi Zen Hei, 楷 AR PL KaitiM GB (src/layout/gbt9704.ts names them in this order).
# Noto CJK (CFF outlines, Type 3 fonts in a PDF) only covers characters these lack, and draws
# the charts' PNG fallback.
fc-list 2>/dev/null | grep -q "AR PL SungtiL GB" || missing+=(fonts-arphic-gbsn00lp)
fc-list 2>/dev/null | grep -q "AR PL UMing CN" || missing+=(fonts-arphic-uming)
fc-list 2>/dev/null | grep -q "WenQuanYi Zen Hei" || missing+=(fonts-wqy-zenhei)
fc-list 2>/dev/null | grep -q "AR PL KaitiM GB" || missing+=(fonts-arphic-gkai00mp)
fc-list 2>/dev/null | grep -q "Noto Serif CJK SC" || missing+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "Liberation Serif" || missing+=(fonts-liberation)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
# the tests read the PDF's text a second way, as another reader copies it
command -v mutool >/dev/null 2>&1 || missing+=(mupdf-tools)
# the tests open every DOCX in LibreOffice to check that it paginates like the PDF
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "安装系统软件包：${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "请用本机的软件包管理器安装：${missing[*]}（或 Chrome 浏览器与中文字体）" >&2
  fi
fi

# puppeteer-core downloads no browser: tongbao finds the one installed above at run time.
# npm ci also compiles src/ to dist/ (the prepare script), which bin/tongbao.mjs runs.
npm ci --no-audit --no-fund

node bin/tongbao.mjs build
