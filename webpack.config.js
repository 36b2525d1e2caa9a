/* eslint-disable @typescript-eslint/no-require-imports */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const FunctionsLocalePlugin = require('./build/functions-locale-plugin');
const functionFiles = require('./src/functions/functions.files.js');

const devUrl = 'https://localhost:3000/';
// Where the add-in is hosted in production: `ADDIN_URL=https://planner.example.com/ npm run build`.
const prodUrl = process.env.ADDIN_URL || devUrl;

async function httpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, argv) => {
  const dev = argv.mode === 'development';
  return {
    // Source maps only for development: a production build ships none (nor serves them separately).
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/index.ts',
      taskpane: './src/taskpane/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // ES modules for webpack (tsconfig says commonjs for jest/tsx): CommonJS `require` defeats
          // tree shaking and pulls every Fluent icon into taskpane.js (17 MB instead of ~0.3 MB).
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } },
        },
      ],
    },
    performance: { maxAssetSize: 2_000_000, maxEntrypointSize: 2_000_000 },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: functionFiles }),
      new FunctionsLocalePlugin({
        input: 'functions.json',
        locales: { 'zh-CN': path.resolve(__dirname, 'src/functions/locales/zh-CN.json') },
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().split(devUrl).join(prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: env.WEBPACK_SERVE ? await httpsOptions() : {} },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
};
