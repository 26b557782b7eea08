"""Write the server files of docs/deploy.md: the systemd units (platform, nightly ETL and
its timer) and the nginx site, filled in with this server's values.

Why a script: an admin who copies four files by hand from a web page gets one path wrong;
these are the files docs/deploy.md shows (`tests/docs/test_deploy_script.py` checks that
the doc shows exactly what this writes with the defaults), and the slow test
`tests/dashboard/test_deploy_browser.py` follows the doc's steps with them on one machine.

    sudo python3 /srv/proeftuin/app/scripts/deploy_bestanden.py --domein proeftuin.gemeente.nl
    sudo python3 scripts/deploy_bestanden.py --doel /tmp/probeer   # look first

Files go below `--doel` (default `/`) at their own paths: `etc/systemd/system/…` and
`etc/nginx/sites-available/proeftuin`. An existing file is not overwritten unless
`--overschrijf` is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

THUIS = "/srv/proeftuin"
AUTH = "/etc/proeftuin/auth.toml"
DOMEIN = "proeftuin.example.nl"
POORT = 8501


def platform_opdracht(thuis: str, auth: str, poort: int) -> str:
    """The `proeftuin dashboard` command line of the service (also the doc's first block)."""
    return (
        f"{thuis}/.venv/bin/proeftuin dashboard \\\n"
        f"    --warehouse {thuis}/proeftuin.duckdb --source {thuis}/bron \\\n"
        f"    --auth {auth} --audit {thuis}/audit \\\n"
        f"    --address 127.0.0.1 --port {poort}"
    )


def etl_opdracht(thuis: str) -> str:
    return (
        f"{thuis}/.venv/bin/proeftuin etl \\\n"
        f"    --source {thuis}/bron --warehouse {thuis}/proeftuin.duckdb"
    )


def bestanden(
    thuis: str = THUIS, auth: str = AUTH, domein: str = DOMEIN, poort: int = POORT
) -> dict[str, str]:
    """Path (absolute, on the server) -> contents."""
    return {
        "/etc/systemd/system/proeftuin.service": f"""\
[Unit]
Description=Proeftuin beleid Drechtsteden (virtueel platform)
After=network-online.target

[Service]
User=proeftuin
WorkingDirectory={thuis}
ExecStart={platform_opdracht(thuis, auth, poort)}
Restart=on-failure
PrivateTmp=true
NoNewPrivileges=true
ProtectSystem=strict
ReadWritePaths={thuis}

[Install]
WantedBy=multi-user.target
""",
        "/etc/systemd/system/proeftuin-etl.service": f"""\
[Unit]
Description=Proeftuin: gegevens laden (ETL)

[Service]
Type=oneshot
User=proeftuin
ExecStart={etl_opdracht(thuis)}
""",
        "/etc/systemd/system/proeftuin-etl.timer": """\
[Unit]
Description=Proeftuin: elke nacht laden

[Timer]
OnCalendar=*-*-* 02:30
Persistent=true

[Install]
WantedBy=timers.target
""",
        "/etc/nginx/sites-available/proeftuin": f"""\
server {{
    listen 443 ssl http2;
    server_name {domein};
    ssl_certificate     /etc/ssl/proeftuin/fullchain.pem;
    ssl_certificate_key /etc/ssl/proeftuin/privkey.pem;
    ssl_protocols TLSv1.2 TLSv1.3;

    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;
    add_header X-Content-Type-Options "nosniff" always;
    add_header X-Frame-Options "DENY" always;
    add_header Referrer-Policy "same-origin" always;
    add_header Permissions-Policy "camera=(), microphone=(), geolocation=()" always;
    add_header Content-Security-Policy "frame-ancestors 'none'" always;
    proxy_cookie_flags ~ secure httponly samesite=lax;

    # Streamlit's metrics (sessions, memory) are no one's business outside this server
    location = /_stcore/metrics {{ return 404; }}
    location ^~ /_stcore/metrics {{ return 404; }}

    location / {{
        proxy_pass http://127.0.0.1:{poort};
        proxy_http_version 1.1;
        proxy_set_header Upgrade $http_upgrade;
        proxy_set_header Connection "upgrade";
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header X-Forwarded-Proto https;
        proxy_read_timeout 86400;
    }}
}}
server {{
    listen 80;
    server_name {domein};
    return 301 https://$host$request_uri;
}}
""",
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Schrijf de systemd-units en de nginx-site van docs/deploy.md."
    )
    parser.add_argument("--domein", default=DOMEIN, help="publieke naam van het platform")
    parser.add_argument("--thuis", default=THUIS, help="map van de servicegebruiker")
    parser.add_argument("--auth", default=AUTH, help="het auth-bestand")
    parser.add_argument("--poort", type=int, default=POORT, help="poort op 127.0.0.1")
    parser.add_argument("--doel", type=Path, default=Path("/"), help="schrijf onder deze map")
    parser.add_argument("--overschrijf", action="store_true", help="bestaande bestanden vervangen")
    args = parser.parse_args(argv)
    inhoud = bestanden(args.thuis, args.auth, args.domein, args.poort)
    bestaand = [p for p in inhoud if (args.doel / p.lstrip("/")).exists()]
    if bestaand and not args.overschrijf:
        print(
            "Fout: deze bestanden bestaan al (niets geschreven; geef --overschrijf om ze te "
            "vervangen): " + ", ".join(bestaand),
            file=sys.stderr,
        )
        return 1
    for pad, tekst in inhoud.items():
        doel = args.doel / pad.lstrip("/")
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_text(tekst, encoding="utf-8")
        print(f"Geschreven: {doel}")
    print("Daarna: sudo systemctl daemon-reload (zie docs/deploy.md, stap 2, 6 en 7).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
