// Makes expected.json with the real MiniSearch (node, npm package "minisearch" 7.x):
//   npm pack minisearch@7 && tar xzf minisearch-*.tgz && node make-expected.js > expected.json
// MiniSearchIndexTest compares the Java-built index with this file; it never runs node itself.
const MiniSearch = require('./package/dist/cjs/index.cjs');
const ms = new MiniSearch({ fields: ['title', 'text', 'tags'], storeFields: ['url'] });
ms.add({ id: 'card:a', title: 'Softmax, softmax!', text: 'The soft-max of z', tags: 'act', url: 'cards/a.html' });
ms.add({ id: 'card:b', title: 'Cross entropy', text: 'loss', tags: '', url: 'cards/b.html' });
console.log(JSON.stringify(ms.toJSON()));
