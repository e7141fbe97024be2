# guanxi with everything done at build time: dependencies installed (nodejieba
# compiled), the viewer built, the sample graph built. `docker compose up`
# (docker-compose.yml) runs this image; starting it only loads and serves.
FROM node:20-bookworm

WORKDIR /app
# The whole project first: npm ci may run scripts that need the sources.
COPY . .

# nodejieba compiles against Node's headers, which the node images keep in
# /usr/local (.ci/node-headers finds them from node's own path, as CI does).
RUN nodedir="$(.ci/node-headers)" \
 && if [ -n "$nodedir" ]; then export npm_config_nodedir="$nodedir"; fi \
 && npm ci \
 && npm run web:build \
 && { node bin/guanxi.js build data/sample --out out/sample -q || test $? -eq 3; }

EXPOSE 4747
# Inside the container the viewer must listen on all interfaces for Docker to
# forward to it; docker-compose.yml publishes it on the host's 127.0.0.1 only.
CMD ["node", "bin/guanxi.js", "serve", "out/sample", "--host", "0.0.0.0", "--port", "4747"]
