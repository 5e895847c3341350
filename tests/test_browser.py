"""One real-browser test: the app served on localhost, driven in headless Chromium (Debian's)."""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import polars as pl
import pytest

from timeline import store

from .conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def server(seed_store):
    port = free_port()
    env = {**os.environ, "TIMELINE_STORE": str(seed_store)}
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            urllib.request.urlopen(f"{url}/_stcore/health", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        process.kill()
        pytest.fail("streamlit did not start within 60 s")
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine (apt-get install chromium; .ci/run does)")
def test_filter_by_organization_in_a_real_browser(server, seed_store, tmp_path):
    from playwright.sync_api import sync_playwright

    expected = store.load(seed_store).events.filter(pl.col("actors").list.contains("SK텔레콤")).height
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            filter_select_and_screenshot(page, server, expected)
        except Exception:
            page.screenshot(path=str(ARTIFACTS / "failure.png"), full_page=True)
            errors = page.locator('[data-testid="stException"]').all_inner_texts()
            if errors:  # the app's own error says more than a locator's timeout
                pytest.fail("the app showed an error:\n" + "\n".join(errors))
            raise
        upload_and_see_errors(browser, server, tmp_path)
        narrow = browser.new_page(viewport={"width": 768, "height": 1000})
        narrow.goto(server + "/?org=SKT", wait_until="domcontentloaded")
        narrow.get_by_text(f"사건 {expected}건", exact=False).first.wait_for(timeout=60_000)
        narrow.locator(".js-plotly-plot .scatterlayer path.point").first.wait_for(timeout=30_000)
        narrow.wait_for_timeout(1000)
        narrow.screenshot(path=str(ARTIFACTS / "dashboard-768.png"))
        browser.close()


def filter_select_and_screenshot(page, server, expected):
    """Filter to one organization by its alias, then select a dot to see its evidence sentences."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    for attempt in range(3):  # a rerun that redraws the sidebar mid-click sends the keys elsewhere: a new session, again
        page.goto(server, wait_until="domcontentloaded")
        page.get_by_text("뉴스 사건 타임라인").first.wait_for(timeout=60_000)
        page.get_by_text("사건 ", exact=False).first.wait_for(timeout=60_000)
        page.locator(".js-plotly-plot").first.wait_for(timeout=60_000)  # the first run has drawn: the sidebar stands still
        combo = page.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"] input').first
        combo.click()
        combo.fill("SKT")
        page.keyboard.press("Enter")
        page.keyboard.press("Escape")
        try:
            page.get_by_text(f"사건 {expected}건", exact=False).first.wait_for(timeout=20_000)
            break
        except PlaywrightTimeout:
            if attempt == 2:
                raise
    assert "org=SK" in page.url
    page.get_by_text("SK텔레콤", exact=False).first.wait_for(timeout=30_000)
    point = page.locator(".js-plotly-plot .scatterlayer path.point").first
    point.wait_for(timeout=30_000)
    page.wait_for_timeout(1000)
    page.screenshot(path=str(ARTIFACTS / "dashboard.png"), full_page=False)
    box = point.bounding_box()  # plotly takes clicks on its drag layer, at the dot's position
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.wait_for_timeout(300)
    page.mouse.click(x, y)  # selecting a dot shows the sentences behind it
    page.get_by_role("heading", name="근거 문장").wait_for(timeout=30_000)
    page.wait_for_timeout(800)
    page.screenshot(path=str(ARTIFACTS / "dashboard-evidence.png"), full_page=True)


def upload_and_see_errors(browser, server, tmp_path):
    """Uploaded files are extracted into the session's store; a broken one is listed with its reason."""
    good = tmp_path / "upload_good.md"
    good.write_text("---\ntitle: 업로드 기사\npublished_at: 2026-02-20 10:00\nurl: https://example.kr/up\n---\n"
                    "과기정통부는 20일 모티프테크놀로지스를 추가 정예팀으로 선정했다고 밝혔다.\n", encoding="utf-8")
    broken = tmp_path / "upload_broken.md"
    broken.write_bytes(b"\x00\x01binary")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(server, wait_until="domcontentloaded")
    page.get_by_text("기사 파일 올리기").first.click()
    page.locator('[data-testid="stSidebar"] input[type="file"][multiple]').first.set_input_files([str(good), str(broken)])
    page.get_by_text("upload_broken.md: 텍스트가 아닌 파일 (binary file, not text)").first.wait_for(timeout=60_000)
    page.get_by_text("기사 1건 (읽지 못한 파일 1건)", exact=False).first.wait_for(timeout=60_000)
    page.screenshot(path=str(ARTIFACTS / "dashboard-upload.png"), full_page=True)
    page.close()
