#!/bin/sh
# Containers have no init system: package scripts must never try to start a service in them.
exit 101
