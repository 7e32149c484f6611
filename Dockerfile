# Grocery Agent: one instance. Built by docker-compose.yml for the several-instance set-up
# (docs/scaling.md); alone it runs the embedded default (SQLite in /data, web chat on 3000).
FROM node:20-bookworm
WORKDIR /app
COPY package.json package-lock.json ./
# better-sqlite3 builds from source here (the full bookworm image has python3, make and g++).
RUN npm install --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
EXPOSE 3000
CMD ["node", "dist/src/main.js"]
