#!/bin/sh
# Put the page in place and make sure nginx starts on boot.
set -eu
sudo mv /tmp/index.html /var/www/html/index.html
sudo chown root:root /var/www/html/index.html
sudo systemctl enable nginx
